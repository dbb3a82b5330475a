import { notifyChange } from '../storage/notify.js';
import { isOutboxChangedMessage, OUTBOX_SYNC_TAG } from './worker-sync.js';

/**
 * The page's side of Background Sync. Chromium-based browsers support it; Firefox and Safari do not (2026):
 * there the outbox keeps sending only while Oz is open (start.ts), and the screens say so.
 */

/** The Background Sync API is not in TypeScript's DOM library (it is a WICG specification). */
interface SyncManagerLike {
  register(tag: string): Promise<void>;
  getTags(): Promise<string[]>;
}

function syncManagerOf(registration: ServiceWorkerRegistration): SyncManagerLike | undefined {
  const candidate = (registration as ServiceWorkerRegistration & { readonly sync?: SyncManagerLike }).sync;
  return typeof candidate?.register === 'function' ? candidate : undefined;
}

/** Will a request typed offline leave by itself, even after Oz is closed? */
export function backgroundSyncSupported(): boolean {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator && 'SyncManager' in window;
}

/**
 * Asks the browser to wake the service worker once the network is back. Best effort: false when the
 * browser lacks Background Sync or no service worker is registered (development server, first visit).
 */
export async function requestBackgroundSync(): Promise<boolean> {
  if (!backgroundSyncSupported()) return false;
  try {
    const registration = await navigator.serviceWorker.getRegistration();
    const sync = registration === undefined ? undefined : syncManagerOf(registration);
    if (sync === undefined) return false;
    await sync.register(OUTBOX_SYNC_TAG);
    return true;
  } catch {
    // Permission refused (the "background sync" site setting) or worker not active yet: the page still sends.
    return false;
  }
}

/** Screens re-read the stores when the worker sent something while this page was open. */
export function listenToWorkerDeliveries(): () => void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return () => undefined;
  const onMessage = (event: MessageEvent): void => {
    if (isOutboxChangedMessage(event.data)) notifyChange('outbox');
  };
  navigator.serviceWorker.addEventListener('message', onMessage);
  return () => navigator.serviceWorker.removeEventListener('message', onMessage);
}
