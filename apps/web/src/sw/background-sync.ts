/**
 * Background Sync for the offline outbox (issue 11): when the browser fires `sync` with our tag (network
 * back, even with every Oz tab closed), send what waits in IndexedDB through the same code as the page.
 */
import { OUTBOX_CHANGED_MESSAGE, OUTBOX_SYNC_TAG, runBackgroundSync } from '../sync/worker-sync.js';

declare const self: ServiceWorkerGlobalScope;

/** The `sync` event (WICG Background Sync) is not in TypeScript's WebWorker library. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

function isSyncEvent(event: Event): event is SyncEvent {
  return 'tag' in event && typeof event.tag === 'string' && 'waitUntil' in event;
}

async function tellOpenPages(): Promise<void> {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) page.postMessage({ type: OUTBOX_CHANGED_MESSAGE });
}

async function syncOutbox(): Promise<void> {
  try {
    await runBackgroundSync();
  } finally {
    await tellOpenPages();
  }
}

self.addEventListener('sync', (event: Event) => {
  if (!isSyncEvent(event) || event.tag !== OUTBOX_SYNC_TAG) return;
  event.waitUntil(syncOutbox());
});
