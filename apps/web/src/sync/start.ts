import { listenToWorkerDeliveries, requestBackgroundSync } from './background.js';
import { defaultDeps, flushOutbox, type FlushOptions, type OutboxDeps } from './outbox.js';

/**
 * Runs the outbox for the life of the page: at start, when the device comes back online, when the app
 * comes back to the foreground, and when the next backoff delay has passed. Whatever is left waiting is
 * also handed to Background Sync where the browser has it, so it leaves even if the page is closed.
 */
export function startOutbox(deps: OutboxDeps = defaultDeps): () => void {
  let timer: number | undefined;

  const run = (options: FlushOptions = {}): void => {
    window.clearTimeout(timer);
    flushOutbox(deps, options).then(
      (outcome) => {
        if (outcome.nextAttemptAt === null) return;
        void requestBackgroundSync();
        timer = window.setTimeout(() => run(), Math.max(1_000, outcome.nextAttemptAt - deps.now()));
      },
      (error: unknown) =>
        console.error('outbox flush failed', error instanceof Error ? error.name : 'unknown'),
    );
  };
  const onVisible = (): void => {
    if (document.visibilityState === 'visible') run();
  };
  const onOnline = (): void => run({ ignoreBackoff: true });
  const onPoke = (): void => run();

  window.addEventListener('online', onOnline);
  window.addEventListener('oz:outbox', onPoke);
  document.addEventListener('visibilitychange', onVisible);
  const stopListening = listenToWorkerDeliveries();
  run();
  return () => {
    window.clearTimeout(timer);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('oz:outbox', onPoke);
    document.removeEventListener('visibilitychange', onVisible);
    stopListening();
  };
}

/** Asks the running outbox to try now (after something was queued). */
export function pokeOutbox(): void {
  window.dispatchEvent(new Event('oz:outbox'));
}
