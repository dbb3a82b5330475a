import { openDB, type IDBPDatabase } from 'idb';
import { migrate } from './migrations.js';
import { DB_NAME, DB_VERSION, type OzSchema } from './schema.js';

export type OzDb = IDBPDatabase<OzSchema>;

export function openOzDb(name: string = DB_NAME): Promise<OzDb> {
  return openDB<OzSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      migrate(db, oldVersion, newVersion ?? DB_VERSION, tx);
    },
    blocking(_current, _next, event) {
      // Another tab needs a newer schema: let it upgrade, this tab reloads on next navigation.
      (event.target as IDBDatabase | null)?.close();
    },
  });
}

let shared: Promise<OzDb> | null = null;

/** The app's single connection. */
export function db(): Promise<OzDb> {
  shared ??= openOzDb();
  return shared;
}

/** Tests use a fresh database per test. */
export function useDatabaseForTests(name: string): void {
  shared = openOzDb(name);
}
