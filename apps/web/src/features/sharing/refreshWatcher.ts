import { onChange } from '../../storage/notify.js';
import { refreshShares } from './share.js';

/**
 * Keeps shared summaries up to date (issue 11): after the diary or the results change, once the person has
 * stopped typing for a while (debounce), the links that ask for it re-upload their summary through the outbox
 * (sent when online, by Background Sync if the page was closed). Unchanged data is never re-sent.
 */
export const SHARE_REFRESH_DELAY_MS = 30_000;

export interface ShareRefreshOptions {
  readonly delayMs: number;
  readonly refresh: () => Promise<number>;
}

const DEFAULTS: ShareRefreshOptions = { delayMs: SHARE_REFRESH_DELAY_MS, refresh: () => refreshShares() };

export function startShareRefresh(options: ShareRefreshOptions = DEFAULTS): () => void {
  let timer: number | undefined;
  let pending = false;

  const run = (): void => {
    window.clearTimeout(timer);
    pending = false;
    options
      .refresh()
      .catch((error: unknown) =>
        console.error('share refresh failed', error instanceof Error ? error.name : 'unknown'),
      );
  };
  const schedule = (): void => {
    pending = true;
    window.clearTimeout(timer);
    timer = window.setTimeout(run, options.delayMs);
  };
  // Leaving the app (tab hidden, phone locked) sends a waiting refresh now rather than never.
  const onHidden = (): void => {
    if (document.visibilityState === 'hidden' && pending) run();
  };

  const stopListening = onChange((topic) => {
    if (topic === 'diary' || topic === 'screenings') schedule();
  });
  document.addEventListener('visibilitychange', onHidden);
  // At start: the weeks of the summary may have moved on (a new week began) since the last upload.
  schedule();
  return () => {
    window.clearTimeout(timer);
    stopListening();
    document.removeEventListener('visibilitychange', onHidden);
  };
}
