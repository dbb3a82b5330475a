import { afterEach, describe, expect, it, vi } from 'vitest';
import { runWrite } from '../app/useWrite.js';
import { DB_VERSION } from './schema.js';
import { DatabaseReplacedError, db, useDatabaseForTests } from './db.js';
import { dismissWriteFailure, setStorageState, storageHealth } from './health.js';

afterEach(() => {
  dismissWriteFailure();
  setStorageState('ok');
});

function openRaw(
  name: string,
  version: number,
  upgrade?: (database: IDBDatabase) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

describe('the device database shared with other tabs', () => {
  it('closes itself when another tab upgrades it, and says this tab must be reloaded', async () => {
    const name = `health-replaced-${String(Date.now())}`;
    useDatabaseForTests(name);
    await db();
    // Another tab running a newer Oz opens the same database at a higher version.
    const newer = await openRaw(name, DB_VERSION + 1);
    expect(storageHealth().state).toBe('replaced');
    await expect(db()).rejects.toBeInstanceOf(DatabaseReplacedError);
    newer.close();
  });

  it('says when an older tab keeps it from upgrading', async () => {
    const name = `health-blocked-${String(Date.now())}`;
    // An older tab (Oz's first schema version) holds the database open and does not close on request.
    const older = await openRaw(name, 1, (database) => {
      database.createObjectStore('entries', { keyPath: 'id' });
      database.createObjectStore('screenings', { keyPath: 'id' });
      database.createObjectStore('settings', { keyPath: 'key' });
    });
    older.onversionchange = () => undefined;
    useDatabaseForTests(name);
    const opening = db();
    await vi.waitFor(() => expect(storageHealth().state).toBe('blocked'));
    older.close();
    await opening;
    expect(storageHealth().state).toBe('ok');
  });
});

describe('a failed write', () => {
  it('resolves without throwing and raises the banner', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await runWrite(() => Promise.reject(new DOMException('full', 'QuotaExceededError')));
    expect(result).toEqual({ ok: false });
    expect(storageHealth().writeFailed).toBe(true);
    expect(await runWrite(() => Promise.resolve(3))).toEqual({ ok: true, value: 3 });
  });
});
