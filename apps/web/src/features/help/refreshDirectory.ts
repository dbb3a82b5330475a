import type { Coverage } from '@oz/contracts';
import { whenIdleAfterLoad } from '../../app/idle.js';
import { loadOfflineDirectory, NO_DIRECTORY, refreshOfflineDirectory } from './offlineStore.js';

/** What the directory worker (directoryWorker.ts) tells the page. */
export type DirectoryMessage =
  { readonly kind: 'coverage'; readonly coverage: Coverage } | { readonly kind: 'done' };

/**
 * Refreshes the directory saved on the device for offline search, off the care finder's start-up (ADR 0009): in a
 * worker once the page has loaded and the browser is idle; where there are no workers (tests, old browsers), on
 * the page as before. `onCoverage` hears the saved copy's coverage, then the refreshed one's.
 * Returns a function that stops listening (the refresh itself completes: it only writes public data).
 */
export function refreshDirectoryInBackground(
  now: Date,
  onCoverage: (coverage: Coverage) => void,
): () => void {
  let live = true;
  const tell = (coverage: Coverage | undefined): void => {
    if (live && coverage !== undefined) onCoverage(coverage);
  };
  if (typeof Worker === 'undefined') {
    void (async () => {
      const stored = await loadOfflineDirectory().catch(() => NO_DIRECTORY);
      tell(stored.snapshot?.body.coverage);
      const refreshed = await refreshOfflineDirectory(stored, now).catch(() => stored);
      if (refreshed !== stored) tell(refreshed.snapshot?.body.coverage);
    })();
  } else {
    whenIdleAfterLoad(() => {
      const worker = new Worker(new URL('./directoryWorker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event: MessageEvent<DirectoryMessage>) => {
        if (event.data.kind === 'coverage') tell(event.data.coverage);
        else worker.terminate();
      });
      worker.addEventListener('error', () => worker.terminate());
      worker.postMessage({ now: now.toISOString() });
    });
  }
  return () => {
    live = false;
  };
}
