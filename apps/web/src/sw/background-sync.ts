// Background Sync for the offline outbox (issue 11): when the browser fires `sync` with our tag — the network is
// back, even if every Oz tab was closed — the worker sends what waits in IndexedDB through the same code as the
// page (src/sync/outbox.ts, same idempotency keys), then tells open pages to re-read the stores.
import { OUTBOX_CHANGED_MESSAGE, OUTBOX_SYNC_TAG, runWorkerSync } from '../sync/worker-sync.js';

/** The `sync` event (WICG Background Sync) is not in TypeScript's WebWorker library. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

function isSyncEvent(event: Event): event is SyncEvent {
  return 'tag' in event && typeof event.tag === 'string' && 'waitUntil' in event;
}

async function tellOpenPages(scope: ServiceWorkerGlobalScope): Promise<void> {
  const pages = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) page.postMessage({ type: OUTBOX_CHANGED_MESSAGE });
}

/** A rejected promise (something still waiting) makes the browser schedule another sync event later. */
async function syncOutbox(scope: ServiceWorkerGlobalScope): Promise<void> {
  try {
    await runWorkerSync();
  } finally {
    await tellOpenPages(scope);
  }
}

export function registerBackgroundSync(scope: ServiceWorkerGlobalScope): void {
  scope.addEventListener('sync', (event: Event) => {
    if (!isSyncEvent(event) || event.tag !== OUTBOX_SYNC_TAG) return;
    event.waitUntil(syncOutbox(scope));
  });
}
