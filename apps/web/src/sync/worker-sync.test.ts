import { describe, expect, it, vi } from 'vitest';
import { submitContactRequest } from '../features/contact/submit.js';
import { openOzDb } from '../storage/db.js';
import { getContactRequest } from './local.js';
import { pendingItems, type OutboxDeps } from './outbox.js';
import { NoDeviceDatabaseError, openExistingOzDb } from './worker-database.js';
import {
  isOutboxChangedMessage,
  OutboxRetryLaterError,
  runBackgroundSync,
  runWorkerSync,
} from './worker-sync.js';

const request = {
  subject: 'self',
  firstName: 'Camille',
  phone: '0612345678',
  consentToShare: false,
} as const;

const created = (): Response =>
  new Response(
    JSON.stringify({
      id: '7b0f1d0e-8c1d-4f6e-9a55-3a4b5c6d7e8f',
      status: 'new',
      createdAt: '2026-11-24T08:00:00.000Z',
      dueAt: '2026-11-26T08:00:00.000Z',
      trackingToken: 'tracking-token-abcdefghijklmnop',
    }),
    { status: 201, headers: { 'content-type': 'application/json' } },
  );

let counter = 0;
function workerDeps(fetch: OutboxDeps['fetch']): OutboxDeps {
  counter += 1;
  const database = openOzDb(`worker-sync-test-${String(counter)}`);
  return {
    fetch,
    now: () => Date.parse('2026-11-24T08:00:00Z'),
    database: () => database,
    isOnline: () => true,
  };
}

describe('the service worker’s sync event', () => {
  it('sends what the page queued, with the key the page generated, once', async () => {
    const fetch = vi.fn<OutboxDeps['fetch']>().mockResolvedValue(created());
    const deps = workerDeps(fetch);
    const record = await submitContactRequest(request, null, deps);

    const outcome = await runBackgroundSync(deps);

    expect(outcome.sent).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    const headers = fetch.mock.calls[0]?.[1].headers as Record<string, string>;
    expect(headers['idempotency-key']).toBe(record.idempotencyKey);
    expect((await getContactRequest(record.localId, deps))?.state).toBe('sent');
    expect(await pendingItems(deps)).toEqual([]);
    // A second sync event finds nothing left to send.
    await runBackgroundSync(deps);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('ignores the backoff delay: the network is back', async () => {
    const fetch = vi
      .fn<OutboxDeps['fetch']>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(created());
    const deps = workerDeps(fetch);
    await submitContactRequest(request, null, deps);
    await expect(runBackgroundSync(deps)).rejects.toBeInstanceOf(OutboxRetryLaterError);
    // The item now waits 5 s of backoff; the next sync event sends it anyway.
    expect((await runBackgroundSync(deps)).sent).toBe(1);
  });

  it('rejects the event while the server is down, so that the browser tries again later', async () => {
    const fetch = vi.fn<OutboxDeps['fetch']>().mockResolvedValue(new Response('{}', { status: 503 }));
    const deps = workerDeps(fetch);
    await submitContactRequest(request, null, deps);
    const failure = runBackgroundSync(deps);
    await expect(failure).rejects.toMatchObject({ code: 'outbox_retry_later', waiting: 1 });
    expect(await pendingItems(deps)).toHaveLength(1);
  });

  it('runs on its own connection, closed afterwards, and sends', async () => {
    const fetch = vi.fn<OutboxDeps['fetch']>().mockResolvedValue(created());
    const deps = workerDeps(fetch);
    await submitContactRequest(request, null, deps);
    const connection = await deps.database();
    const close = vi.spyOn(connection, 'close');
    const outcome = await runWorkerSync(() => Promise.resolve(connection), deps);
    expect(outcome?.sent).toBe(1);
    expect(close).toHaveBeenCalledOnce();
  });

  it('never creates the app’s database: nothing was queued on this device', async () => {
    // No test in this file opens the real database name ('oz'): it does not exist here.
    await expect(openExistingOzDb()).rejects.toBeInstanceOf(NoDeviceDatabaseError);
    expect(await runWorkerSync()).toBeNull();
    const names = (await indexedDB.databases()).map((database) => database.name);
    expect(names).not.toContain('oz');
  });

  it('recognises only its own message to pages', () => {
    expect(isOutboxChangedMessage({ type: 'oz:outbox-changed' })).toBe(true);
    expect(isOutboxChangedMessage({ type: 'other' })).toBe(false);
    expect(isOutboxChangedMessage('oz:outbox-changed')).toBe(false);
    expect(isOutboxChangedMessage(null)).toBe(false);
  });
});
