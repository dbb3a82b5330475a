// What the service worker reads from the app's IndexedDB when a reminder arrives: the person's chosen text and
// language. The text never travels through the server (docs/security.md, reminders).
import type { LocalReminder } from '../features/reminders/model.js';

export interface StoredReminderContext {
  /** Null when the device has no reminder saved (e.g. everything was erased). */
  readonly reminder: LocalReminder | null;
  readonly locale: 'fr' | 'en';
}

/** Why the worker could not read the database; it then shows the default text and changes nothing. */
export type ReadOutcome =
  { readonly kind: 'read'; readonly context: StoredReminderContext } | { readonly kind: 'unavailable' };

const DB_NAME = 'oz';

/**
 * Opens the app's database at whatever version it has, WITHOUT ever creating it: if it does not exist, the
 * upgrade is aborted (creating an empty version-1 database here would make the app skip its first migration).
 * The connection closes at once, so the app's own upgrades are never blocked by the worker.
 */
function openExisting(factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
}

function read<T>(database: IDBDatabase, store: string, key: string): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const request = database.transaction(store, 'readonly').objectStore(store).get(key);
    request.onsuccess = () => resolve(request.result as T | undefined);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
  });
}

export async function readReminderContext(factory: IDBFactory): Promise<ReadOutcome> {
  const database = await openExisting(factory);
  if (database === null) return { kind: 'unavailable' };
  try {
    const stores = database.objectStoreNames;
    const settings = stores.contains('settings')
      ? await read<{ value?: { locale?: string } }>(database, 'settings', 'preferences')
      : undefined;
    const locale = settings?.value?.locale === 'en' ? 'en' : 'fr';
    if (!stores.contains('reminders')) return { kind: 'read', context: { reminder: null, locale } };
    const reminder = (await read<LocalReminder>(database, 'reminders', 'current')) ?? null;
    return { kind: 'read', context: { reminder, locale } };
  } catch {
    return { kind: 'unavailable' };
  } finally {
    database.close();
  }
}
