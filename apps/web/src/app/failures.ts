/*
 * Recognising the failures the app explains in words instead of a blank screen: a screen's code that is gone
 * from the server after a deploy (an old page asks for a chunk the new version renamed), and the device's
 * storage refusing to read or write (private browsing, disk full, the database upgraded by another tab).
 */

/** Browsers word a failed dynamic import differently: Chromium, Firefox, Safari, Vite's preload helper. */
const CHUNK_FAILURE =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i;

export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ChunkLoadError' || CHUNK_FAILURE.test(error.message));
}

/** A read of the device's storage failed; thrown while rendering so the screen's boundary shows it. */
export class StorageReadError extends Error {
  override readonly name = 'StorageReadError';
  constructor(readonly reason: string) {
    super(`Reading the device storage failed (${reason})`);
  }
}

/** IndexedDB's own error names (DOMException), and ours. */
const STORAGE_ERROR_NAMES = new Set([
  'QuotaExceededError',
  'InvalidStateError',
  'UnknownError',
  'AbortError',
  'TransactionInactiveError',
  'VersionError',
  'NotFoundError',
  'DataCloneError',
  'ReadOnlyError',
  'DatabaseReplacedError',
  'StorageReadError',
]);

export function isStorageError(error: unknown): boolean {
  return (
    (error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)) &&
    STORAGE_ERROR_NAMES.has(error.name)
  );
}

/** The error's name only: never its message, which may quote stored data. */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
