import type { OzDb } from '../storage/db.js';
import { defaultDeps, flushOutbox, type FlushOutcome, type OutboxDeps } from './outbox.js';
import { NoDeviceDatabaseError, openExistingOzDb } from './worker-database.js';

/**
 * Background Sync (issue 11), the part shared by the service worker and its tests: no `window`, no React.
 * The page registers the tag when something is left in the outbox (sync/background.ts); the browser fires a
 * `sync` event with it as soon as it has network again — even if every Oz tab was closed — and the worker
 * runs the same flush as the page (outbox.ts), with the same idempotency keys.
 */
export const OUTBOX_SYNC_TAG = 'oz-outbox';

/** Posted by the worker to open pages after it sent something, so their screens re-read the stores. */
export const OUTBOX_CHANGED_MESSAGE = 'oz:outbox-changed';

/** Something could not be sent yet: rejecting the sync event asks the browser to try again later. */
export class OutboxRetryLaterError extends Error {
  readonly code = 'outbox_retry_later';
  constructor(readonly waiting: number) {
    super(`${String(waiting)} outbox item(s) still waiting`);
    this.name = 'OutboxRetryLaterError';
  }
}

/**
 * One flush for a `sync` event. The network is back, so backoff delays are ignored (as on the page's
 * `online` event).
 * @throws OutboxRetryLaterError when an item failed for a transient reason (server down, offline again):
 * the browser then schedules another sync event (Chromium retries with its own backoff).
 */
export async function runBackgroundSync(deps: OutboxDeps = defaultDeps): Promise<FlushOutcome> {
  const outcome = await flushOutbox(deps, { ignoreBackoff: true });
  if (outcome.retrying > 0) throw new OutboxRetryLaterError(outcome.retrying);
  return outcome;
}

/**
 * What the worker runs for a `sync` event: the same flush, on its own short-lived connection to the app's
 * database (never created nor upgraded by the worker). Null when there is nothing to send: no database, or
 * one from before the outbox existed.
 * @throws OutboxRetryLaterError as runBackgroundSync.
 */
export async function runWorkerSync(
  open: () => Promise<OzDb> = openExistingOzDb,
  deps: Omit<OutboxDeps, 'database'> = defaultDeps,
): Promise<FlushOutcome | null> {
  let database: OzDb;
  try {
    database = await open();
  } catch (error) {
    if (error instanceof NoDeviceDatabaseError) return null;
    throw error;
  }
  try {
    if (!database.objectStoreNames.contains('outbox')) return null;
    return await runBackgroundSync({ ...deps, database: () => Promise.resolve(database) });
  } finally {
    database.close();
  }
}

/** Is this message the worker's "the outbox changed" signal? */
export function isOutboxChangedMessage(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { readonly type?: unknown }).type === OUTBOX_CHANGED_MESSAGE
  );
}
