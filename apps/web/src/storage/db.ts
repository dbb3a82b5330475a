import { openDB, type IDBPDatabase } from 'idb';
import { setStorageState } from './health.js';
import { migrate } from './migrations.js';
import { DB_NAME, DB_VERSION, type OzSchema } from './schema.js';

export type OzDb = IDBPDatabase<OzSchema>;

/** This tab's connection was closed for another tab's newer schema: only a reload can reopen it. */
export class DatabaseReplacedError extends Error {
  override readonly name = 'DatabaseReplacedError';
  constructor() {
    super('Oz was updated in another tab: reload this page');
  }
}

export interface OpenHooks {
  /** Another connection asks for a newer version (`versionchange`): this one has been closed. */
  readonly onReplaced?: () => void;
  /** This open waits for older connections of another tab to close (`blocked`). */
  readonly onBlocked?: () => void;
  /** The browser closed the connection abnormally (storage cleared, disk error). */
  readonly onTerminated?: () => void;
}

export function openOzDb(name: string = DB_NAME, hooks: OpenHooks = {}): Promise<OzDb> {
  return openDB<OzSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      migrate(db, oldVersion, newVersion ?? DB_VERSION, tx);
    },
    blocked() {
      hooks.onBlocked?.();
    },
    blocking(_current, _next, event) {
      // Let the other tab upgrade now rather than hang: close, and say this tab must be reloaded.
      (event.target as IDBDatabase | null)?.close();
      hooks.onReplaced?.();
    },
    terminated() {
      hooks.onTerminated?.();
    },
  });
}

let shared: Promise<OzDb> | null = null;
let replaced = false;

function openShared(name: string = DB_NAME): Promise<OzDb> {
  const opening = openOzDb(name, {
    onReplaced: () => {
      replaced = true;
      shared = null;
      setStorageState('replaced');
    },
    onBlocked: () => setStorageState('blocked'),
    onTerminated: () => {
      // Open again at the next use instead of failing forever on a dead connection.
      shared = null;
    },
  });
  opening.then(
    () => setStorageState('ok'),
    () => {
      // A failed open is not cached: the next read tries again (and the screen says why it failed).
      if (shared === opening) shared = null;
    },
  );
  return opening;
}

/**
 * The app's single connection.
 * @throws DatabaseReplacedError once another tab upgraded the database (the page must be reloaded).
 */
export function db(): Promise<OzDb> {
  if (replaced) return Promise.reject(new DatabaseReplacedError());
  shared ??= openShared();
  return shared;
}

/** Tests use a fresh database per test. */
export function useDatabaseForTests(name: string): void {
  replaced = false;
  shared = openShared(name);
}
