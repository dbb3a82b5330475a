import { describe, expect, it, vi } from 'vitest';
import { openOzDb } from '../storage/db.js';
import { submitContactRequest } from '../features/contact/submit.js';
import { getContactRequest, withdrawContactRequest } from './local.js';
import { backoffDelay, flushOutbox, pendingItems, type OutboxDeps } from './outbox.js';

const request = {
  subject: 'self',
  firstName: 'Camille',
  phone: '0612345678',
  consentToShare: false,
} as const;

function created(id = '7b0f1d0e-8c1d-4f6e-9a55-3a4b5c6d7e8f'): Response {
  return new Response(
    JSON.stringify({
      id,
      status: 'new',
      createdAt: '2026-11-24T08:00:00.000Z',
      dueAt: '2026-11-26T08:00:00.000Z',
      trackingToken: 'tracking-token-abcdefghijklmnop',
    }),
    { status: 201, headers: { 'content-type': 'application/json' } },
  );
}

let counter = 0;
function testDeps(overrides: Partial<OutboxDeps> = {}): OutboxDeps & { clock: { now: number } } {
  counter += 1;
  const database = openOzDb(`outbox-test-${String(counter)}`);
  const clock = { now: Date.parse('2026-11-24T08:00:00Z') };
  return {
    fetch: vi.fn<OutboxDeps['fetch']>(),
    now: () => clock.now,
    database: () => database,
    isOnline: () => true,
    clock,
    ...overrides,
  };
}

function headerOf(call: unknown[] | undefined, name: string): string | undefined {
  const init = call?.[1] as RequestInit | undefined;
  return (init?.headers as Record<string, string> | undefined)?.[name];
}

describe('the offline outbox', () => {
  it('keeps a request typed offline on the device and sends nothing', async () => {
    const deps = testDeps({ isOnline: () => false });
    const record = await submitContactRequest(request, null, deps);
    const outcome = await flushOutbox(deps);
    expect(deps.fetch).not.toHaveBeenCalled();
    expect(outcome.sent).toBe(0);
    expect(await pendingItems(deps)).toHaveLength(1);
    expect((await getContactRequest(record.localId, deps))?.state).toBe('queued');
  });

  it('retries with backoff after failures, with the same idempotency key, and sends once', async () => {
    const deps = testDeps();
    const fetch = vi.mocked(deps.fetch);
    fetch
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(new Response('{}', { status: 503 }))
      .mockResolvedValueOnce(created());
    const record = await submitContactRequest(request, null, deps);

    expect((await flushOutbox(deps)).retrying).toBe(1);
    // Before the backoff delay has passed, nothing is sent again.
    expect((await flushOutbox(deps)).sent).toBe(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    deps.clock.now += backoffDelay(1);
    await flushOutbox(deps);
    deps.clock.now += backoffDelay(2);
    expect((await flushOutbox(deps)).sent).toBe(1);
    await flushOutbox(deps);

    expect(fetch).toHaveBeenCalledTimes(3);
    const keys = fetch.mock.calls.map((call) => headerOf(call, 'idempotency-key'));
    expect(new Set(keys)).toEqual(new Set([record.idempotencyKey]));
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/contact-requests');
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1]?.body))).toMatchObject({ firstName: 'Camille' });
    const sent = await getContactRequest(record.localId, deps);
    expect(sent?.state).toBe('sent');
    expect(sent?.server?.trackingToken).toBe('tracking-token-abcdefghijklmnop');
    expect(await pendingItems(deps)).toEqual([]);
  });

  it('survives one malformed answer: the other items are sent, that one is retried later', async () => {
    const deps = testDeps();
    const fetch = vi.mocked(deps.fetch);
    fetch
      .mockResolvedValueOnce(new Response('{"id": 42}', { status: 201 }))
      .mockResolvedValueOnce(created('id-2'))
      .mockResolvedValueOnce(created('id-1'));
    const first = await submitContactRequest(request, null, deps);
    deps.clock.now += 1;
    const second = await submitContactRequest({ ...request, firstName: 'Alex' }, null, deps);

    const outcome = await flushOutbox(deps);
    expect(outcome).toMatchObject({ sent: 1, retrying: 1, rejected: 0 });
    expect((await getContactRequest(second.localId, deps))?.state).toBe('sent');
    expect((await getContactRequest(first.localId, deps))?.state).toBe('queued');
    const [waiting] = await pendingItems(deps);
    expect(waiting).toMatchObject({ ownerId: first.localId, attempts: 1, rejected: null });

    // The retry sends the same idempotency key; a readable answer then completes it.
    deps.clock.now += backoffDelay(1);
    expect((await flushOutbox(deps)).sent).toBe(1);
    expect((await getContactRequest(first.localId, deps))?.server?.id).toBe('id-1');
    expect(headerOf(fetch.mock.calls[2], 'idempotency-key')).toBe(first.idempotencyKey);
    expect(await pendingItems(deps)).toEqual([]);
  });

  it('sends a request only once when two flushes overlap', async () => {
    const deps = testDeps();
    vi.mocked(deps.fetch).mockImplementation(() => Promise.resolve(created()));
    await submitContactRequest(request, null, deps);
    await Promise.all([flushOutbox(deps), flushOutbox(deps), flushOutbox(deps)]);
    expect(deps.fetch).toHaveBeenCalledTimes(1);
  });

  it('stops retrying a request the server refused, and says so', async () => {
    const deps = testDeps();
    vi.mocked(deps.fetch).mockResolvedValue(
      new Response(JSON.stringify({ error: { code: 'invalid_body', message: 'phone: too short' } }), {
        status: 400,
      }),
    );
    const record = await submitContactRequest(request, null, deps);
    expect((await flushOutbox(deps)).rejected).toBe(1);
    deps.clock.now += backoffDelay(10);
    await flushOutbox(deps);
    expect(deps.fetch).toHaveBeenCalledTimes(1);
    expect((await getContactRequest(record.localId, deps))?.state).toBe('rejected');
    expect((await pendingItems(deps))[0]?.rejected).toEqual({
      code: 'invalid_body',
      message: 'phone: too short',
    });
  });

  it('withdraws a sent request with its tracking token, then forgets it', async () => {
    const deps = testDeps();
    const fetch = vi.mocked(deps.fetch);
    fetch.mockResolvedValueOnce(created('id-1')).mockResolvedValueOnce(new Response(null, { status: 204 }));
    const record = await submitContactRequest(request, null, deps);
    await flushOutbox(deps);
    await withdrawContactRequest(record.localId, deps);
    await flushOutbox(deps);
    expect(fetch.mock.calls[1]?.[0]).toBe('/api/contact-requests/id-1');
    expect(fetch.mock.calls[1]?.[1]?.method).toBe('DELETE');
    expect(headerOf(fetch.mock.calls[1], 'authorization')).toBe('Bearer tracking-token-abcdefghijklmnop');
    expect(await getContactRequest(record.localId, deps)).toBeUndefined();
  });

  it('withdrawing a request that never left the device sends nothing at all', async () => {
    const deps = testDeps({ isOnline: () => false });
    const record = await submitContactRequest(request, null, deps);
    await withdrawContactRequest(record.localId, deps);
    await flushOutbox({ ...deps, isOnline: () => true });
    expect(deps.fetch).not.toHaveBeenCalled();
    expect(await getContactRequest(record.localId, deps)).toBeUndefined();
  });

  it('backs off exponentially up to ten minutes', () => {
    expect([1, 2, 3, 4].map(backoffDelay)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(backoffDelay(30)).toBe(600_000);
  });
});
