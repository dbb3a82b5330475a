/** How long work waiting for an idle period may wait on a page that is never idle. */
const IDLE_TIMEOUT_MS = 3_000;

/** Runs `work` when the main thread is idle (at the latest 3 s later). */
export function whenIdle(work: () => void): void {
  // Safari has no requestIdleCallback (the DOM types say every browser has it).
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(() => work(), { timeout: IDLE_TIMEOUT_MS });
  } else {
    setTimeout(work, 500);
  }
}

/**
 * Runs `work` once the page has loaded and the main thread is idle (at the latest 3 s after load), so that
 * what the first screen does not need never competes with it for the network or the processor.
 */
export function whenIdleAfterLoad(work: () => void): void {
  if (document.readyState === 'complete') whenIdle(work);
  else window.addEventListener('load', () => whenIdle(work), { once: true });
}

/** One piece of background work; a promise it returns makes the next step wait until it settles. */
export type IdleStep = () => unknown;

/**
 * Runs each step in an idle period of its own, one after the other: a phone's main thread then never runs
 * two of them in one long task (each costs tens of milliseconds on a slow phone: a module to evaluate, a
 * database to read). A step that fails is logged by its owner; the next steps still run.
 */
export function runStepsWhenIdle(steps: readonly IdleStep[]): Promise<void> {
  return steps.reduce<Promise<void>>(
    (previous, step) =>
      previous.then(
        () =>
          new Promise<void>((done) => {
            whenIdle(() => {
              let running: Promise<unknown>;
              try {
                running = Promise.resolve(step());
              } catch {
                running = Promise.resolve();
              }
              running.catch(() => undefined).finally(done);
            });
          }),
      ),
    Promise.resolve(),
  );
}

interface YieldingScheduler {
  readonly yield?: () => Promise<void>;
}

/**
 * Ends the current task and resumes in a new one, ahead of other queued tasks where the browser has
 * `scheduler.yield` (a timer otherwise): the page can paint and answer input in between.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { readonly scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}
