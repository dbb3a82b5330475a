// Kept apart from db.ts, which the service worker imports: `persist()` exists only on the page.

/** Asks the browser not to evict the diary under storage pressure (best effort, never blocks). */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (navigator.storage?.persist === undefined) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
