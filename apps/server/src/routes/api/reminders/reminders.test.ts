// The reminders API over a real database: the VAPID public key (kept across restarts and the same for every
// process), subscribe → update → pause → delete, retries replacing instead of duplicating, tokens, refused
// endpoints and schedules. Pushes themselves are covered by reminder-scheduler.test.ts and the e2e.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../../app.js';
import { loadConfig } from '../../../config.js';
import type { OzDatabase } from '../../../db/database.js';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../../../test-support/databases.js';
import { FakeClock } from '../../../test-support/pro-app.js';

const PUSH_HOST = '127.0.0.1:4443';
const KEYS = { p256dh: `B${'A'.repeat(86)}`, auth: 'AAAAAAAAAAAAAAAAAAAAAA' };
const subscription = (path = 'a') => ({ endpoint: `https://${PUSH_HOST}/push/${path}`, keys: KEYS });
const EVENING = { weekdays: [1, 2, 3, 4, 5, 6, 7], time: '20:00', timeZone: 'Europe/Paris' };

async function appOn(database: OzDatabase, clock: FakeClock): Promise<FastifyInstance> {
  vi.stubEnv('OZ_JOBS_INTERVAL_MS', '0');
  vi.stubEnv('OZ_REMINDERS_INTERVAL_MS', '0');
  vi.stubEnv('OZ_PUSH_EXTRA_HOSTS', PUSH_HOST);
  vi.stubEnv('SMTP_URL', '');
  const app = await buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    database,
    now: clock.now,
    loadShippedData: false,
    logger: false,
  });
  await app.ready();
  vi.unstubAllEnvs();
  return app;
}

describe.each(TEST_DATABASE_KINDS)('/api/reminders (%s)', (kind) => {
  let database: OzDatabase;
  let app: FastifyInstance;
  // Monday 2 March 2026, 10:00 in Paris.
  const clock = new FakeClock(new Date('2026-03-02T09:00:00.000Z'));
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    app = await appOn(database, clock);
  });
  afterAll(async () => {
    await app.close();
    await database.destroy();
  });
  beforeEach(async () => {
    await database.db.deleteFrom('reminder_subscriptions').execute();
  });

  const subscribe = (body: unknown) =>
    app.inject({ method: 'POST', url: '/api/reminders', payload: body as object });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const rows = () => database.db.selectFrom('reminder_subscriptions').selectAll().execute();

  it('serves one VAPID public key, kept in the database across restarts and shared by processes', async () => {
    const first = await app.inject({ method: 'GET', url: '/api/push/public-key' });
    expect(first.statusCode).toBe(200);
    const { publicKey } = first.json<{ publicKey: string }>();
    expect(Buffer.from(publicKey, 'base64url')).toHaveLength(65);
    const other = await appOn(database, clock);
    try {
      expect((await other.inject({ method: 'GET', url: '/api/push/public-key' })).json()).toEqual({
        publicKey,
      });
    } finally {
      await other.close();
    }
  });

  it('subscribes, changes, pauses and stops; the server keeps only endpoint, keys, schedule and zone', async () => {
    const created = await subscribe({ subscription: subscription(), schedule: EVENING });
    expect(created.statusCode).toBe(201);
    const link = created.json<{ id: string; token: string; nextDueAt: string; paused: boolean }>();
    expect(link).toMatchObject({ paused: false, nextDueAt: '2026-03-02T19:00:00.000Z' });
    const [row] = await rows();
    expect(Object.keys(row ?? {}).sort()).toEqual(
      [
        'auth',
        'claimed_by',
        'claimed_until',
        'created_at',
        'endpoint',
        'id',
        'local_time',
        'next_due_at',
        'p256dh',
        'paused',
        'time_zone',
        'token_hash',
        'updated_at',
        'weekdays',
      ].sort(),
    );
    expect(row?.token_hash).not.toBe(link.token);

    const changed = await app.inject({
      method: 'PUT',
      url: `/api/reminders/${link.id}`,
      headers: bearer(link.token),
      payload: {
        subscription: subscription(),
        schedule: { ...EVENING, weekdays: [3], time: '08:30', timeZone: 'America/New_York' },
      },
    });
    expect(changed.statusCode).toBe(200);
    // Wednesday 4 March, 08:30 in New York (EST, UTC−5).
    expect(changed.json()).toEqual({ id: link.id, paused: false, nextDueAt: '2026-03-04T13:30:00.000Z' });

    const paused = await app.inject({
      method: 'PUT',
      url: `/api/reminders/${link.id}`,
      headers: bearer(link.token),
      payload: { subscription: subscription(), schedule: EVENING, paused: true },
    });
    expect(paused.json()).toEqual({ id: link.id, paused: true, nextDueAt: null });

    const wrongToken = await app.inject({
      method: 'DELETE',
      url: `/api/reminders/${link.id}`,
      headers: bearer('x'.repeat(43)),
    });
    expect(wrongToken.statusCode).toBe(404);
    expect(wrongToken.json()).toMatchObject({ error: { code: 'reminder_not_found' } });

    const stopped = await app.inject({
      method: 'DELETE',
      url: `/api/reminders/${link.id}`,
      headers: bearer(link.token),
    });
    expect(stopped.statusCode).toBe(204);
    expect(await rows()).toEqual([]);
    const again = await app.inject({
      method: 'DELETE',
      url: `/api/reminders/${link.id}`,
      headers: bearer(link.token),
    });
    expect(again.statusCode).toBe(404);
  });

  it('a retried subscription of the same browser replaces the first (one endpoint, one reminder)', async () => {
    const first = (await subscribe({ subscription: subscription(), schedule: EVENING })).json<{
      id: string;
      token: string;
    }>();
    const second = (await subscribe({ subscription: subscription(), schedule: EVENING })).json<{
      id: string;
    }>();
    expect(second.id).not.toBe(first.id);
    expect((await rows()).map((row) => row.id)).toEqual([second.id]);
    const stale = await app.inject({
      method: 'DELETE',
      url: `/api/reminders/${first.id}`,
      headers: bearer(first.token),
    });
    expect(stale.statusCode).toBe(404);
  });

  it.each([
    [
      'an endpoint outside the push services',
      { subscription: { ...subscription(), endpoint: 'https://intranet.example/x' }, schedule: EVENING },
      'push_endpoint_not_allowed',
    ],
    [
      'a plain http endpoint',
      { subscription: { ...subscription(), endpoint: `http://${PUSH_HOST}/push/a` }, schedule: EVENING },
      'invalid_request',
    ],
    [
      'no weekday',
      { subscription: subscription(), schedule: { ...EVENING, weekdays: [] } },
      'invalid_request',
    ],
    [
      'an unknown time zone',
      { subscription: subscription(), schedule: { ...EVENING, timeZone: 'Mars/Olympus' } },
      'invalid_request',
    ],
    [
      'a bad time',
      { subscription: subscription(), schedule: { ...EVENING, time: '25:00' } },
      'invalid_request',
    ],
  ])('refuses %s (400)', async (_name, body, code) => {
    const response = await subscribe(body);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { code: string } }>().error.code).toBe(code);
    expect(await rows()).toEqual([]);
  });
});
