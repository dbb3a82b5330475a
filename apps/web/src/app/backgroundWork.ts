import { requestPersistentStorage } from '../storage/persistence.js';
import { errorName } from './failures.js';
import { runStepsWhenIdle, type IdleStep } from './idle.js';
import { registerServiceWorker } from './serviceWorker.js';

/**
 * Two steps: download and evaluate a module, then start it, each in its own idle period (evaluating a module
 * and running its first work in one task made a long task on a slow phone, ADR 0010).
 */
function loadThenStart<Module>(
  what: string,
  load: () => Promise<Module>,
  start: (module: Module) => void,
): IdleStep[] {
  let loaded: Module | undefined;
  const fail = (error: unknown): void => console.error(`${what} did not start`, errorName(error));
  return [
    () =>
      load().then((module) => {
        loaded = module;
      }, fail),
    () => {
      if (loaded === undefined) return;
      try {
        start(loaded);
      } catch (error) {
        fail(error);
      }
    },
  ];
}

/**
 * What the first screen does not need, once the page has loaded: one piece per idle period. This module is
 * loaded on its own (main.tsx), so the imports below inject no <link rel=modulepreload> (vite.config.ts): the
 * browser follows their imports itself, which costs no main-thread time, and nothing here is urgent.
 */
export function startBackgroundWork(): Promise<void> {
  return runStepsWhenIdle([
    () => requestPersistentStorage().catch(() => undefined),
    registerServiceWorker,
    // Contact requests and sharing typed offline leave when the device is online (issue 5, src/sync).
    ...loadThenStart(
      'outbox',
      () => import('../sync/start.js'),
      (sync) => sync.startOutbox(),
    ),
    // Consented shares keep their summary up to date when the diary changes (issue 11, features/sharing).
    ...loadThenStart(
      'share refresh',
      () => import('../features/sharing/refreshWatcher.js'),
      (sharing) => sharing.startShareRefresh(),
    ),
    // Anonymous counts for the impact table (issue 12): off when the person or the browser (GPC/DNT) says so.
    ...loadThenStart(
      'statistics',
      () => import('../stats/start.js'),
      (stats) => stats.startStatistics(),
    ),
  ]);
}
