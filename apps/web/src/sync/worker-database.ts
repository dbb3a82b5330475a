import { openDB } from 'idb';
import type { OzDb } from '../storage/db.js';
import { DB_NAME, type OzSchema } from '../storage/schema.js';

/**
 * The service worker's connection to the app's database (src/sw/README.md): opened at whatever version the
 * app gave it and never created or upgraded here — only the app migrates — and closed as soon as another
 * connection asks for an upgrade, so the worker never blocks the app.
 */
export class NoDeviceDatabaseError extends Error {
  readonly code = 'no_device_database';
  constructor() {
    super('The app has not created its database on this device');
    this.name = 'NoDeviceDatabaseError';
  }
}

/** @throws NoDeviceDatabaseError when the database does not exist (nothing was ever queued). */
export async function openExistingOzDb(): Promise<OzDb> {
  let missing = false;
  try {
    return await openDB<OzSchema>(DB_NAME, undefined, {
      upgrade(_database, _oldVersion, _newVersion, transaction) {
        missing = true;
        // The aborted upgrade rejects `done` too: that rejection is the expected outcome, not an error.
        transaction.done.catch(() => undefined);
        transaction.abort();
      },
      blocking(_current, _next, event) {
        (event.target as IDBDatabase | null)?.close();
      },
    });
  } catch (error) {
    if (missing) throw new NoDeviceDatabaseError();
    throw error;
  }
}
