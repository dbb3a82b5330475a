// The scheduler against a real database (SQLite, and PostgreSQL when OZ_TEST_DATABASE_URL is set) and a local
// HTTPS push service that checks the VAPID signature and decrypts every push: on time → one push; late → skipped;
// 410 → the subscription is deleted; two schedulers on one database (two PostgreSQL pools, as two processes)
// → each reminder sent once; a crash after claiming → sent after the lease, not lost.
import { Agent } from 'node:https';
import { nextReminderAt } from '@oz/core';
import type { ReminderSchedule } from '@oz/core';
import webpush from 'web-push';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OzDatabase } from '../db/database.js';
import { RemindersRepository } from '../db/repositories/reminders.repository.js';
import { TEST_DATABASE_KINDS, openTestDatabasePair } from '../test-support/databases.js';
import { startLocalPushService } from '../test-support/push-service.js';
import type { LocalPushService, TestSubscription } from '../test-support/push-service.js';
import { WebPushSender } from './push-sender.js';
import { REMINDER_LEASE_MS, ReminderScheduler } from './reminder-scheduler.js';

const EVENING: ReminderSchedule = {
  weekdays: [1, 2, 3, 4, 5, 6, 7],
  time: '20:00',
  timeZone: 'Europe/Paris',
};
// Monday 2 March 2026, 12:00 in Paris; the first reminder is due at 20:00 (19:00 UTC).
const NOON = new Date('2026-03-02T11:00:00.000Z');
const DUE = new Date('2026-03-02T19:00:00.000Z');
const minutes = (date: Date, count: number): Date => new Date(date.getTime() + count * 60_000);
const silent = { warn: () => undefined };

describe.each(TEST_DATABASE_KINDS)('ReminderScheduler (%s)', (kind) => {
  let databases: [OzDatabase, OzDatabase];
  let push: LocalPushService;
  let sender: WebPushSender;
  let repository: RemindersRepository;

  beforeEach(async () => {
    databases = await openTestDatabasePair(kind);
    push = await startLocalPushService();
    sender = new WebPushSender({
      keys: webpush.generateVAPIDKeys(),
      subject: 'mailto:reminders@oz.test',
      ttlSeconds: 1800,
      agent: new Agent({ ca: push.certificate }),
    });
    repository = new RemindersRepository(databases[0].db);
  });
  afterEach(async () => {
    await push.close();
    await databases[1].destroy();
    await databases[0].destroy();
  });

  async function subscribe(schedule = EVENING): Promise<{ id: string; subscription: TestSubscription }> {
    const subscription = push.subscribe();
    const id = crypto.randomUUID();
    await repository.replaceByEndpoint(
      {
        id,
        tokenHash: 'hash',
        target: { endpoint: subscription.endpoint, ...subscription.keys },
        schedule,
        paused: false,
        nextDueAt: new Date(nextReminderAt(schedule, NOON.getTime())).toISOString(),
      },
      NOON,
    );
    return { id, subscription };
  }

  const scheduler = (worker: string, database = databases[0]): ReminderScheduler =>
    new ReminderScheduler(new RemindersRepository(database.db), sender, worker, silent);

  it('sends a due reminder once, encrypted, with no text, and schedules the next at 20:00 the next day', async () => {
    const { id } = await subscribe();
    const one = scheduler('one');
    expect(await one.runDue(minutes(DUE, -1))).toEqual({ sent: 0, skipped: 0, gone: 0, failed: 0 });
    expect(await one.runDue(minutes(DUE, 2))).toEqual({ sent: 1, skipped: 0, gone: 0, failed: 0 });
    expect(await one.runDue(minutes(DUE, 3))).toEqual({ sent: 0, skipped: 0, gone: 0, failed: 0 });
    expect(push.rejected).toEqual([]);
    expect(push.received).toHaveLength(1);
    expect(push.received[0]).toMatchObject({
      payload: '{"kind":"reminder"}',
      ttl: '1800',
      topic: 'reminder',
    });
    expect((await repository.findById(id))?.nextDueAt).toBe('2026-03-03T19:00:00.000Z');
  });

  it('skips a reminder found too late (server down for hours) instead of sending it', async () => {
    const { id } = await subscribe();
    expect(await scheduler('one').runDue(minutes(DUE, 3 * 60))).toEqual({
      sent: 0,
      skipped: 1,
      gone: 0,
      failed: 0,
    });
    expect(push.received).toHaveLength(0);
    expect((await repository.findById(id))?.nextDueAt).toBe('2026-03-03T19:00:00.000Z');
  });

  it('deletes a subscription whose endpoint answers 410 Gone', async () => {
    const { id, subscription } = await subscribe();
    const kept = await subscribe();
    push.expire(subscription.endpoint);
    expect(await scheduler('one').runDue(DUE)).toEqual({ sent: 1, skipped: 0, gone: 1, failed: 0 });
    expect(await repository.findById(id)).toBeUndefined();
    expect(await repository.findById(kept.id)).toBeDefined();
  });

  it('keeps a reminder due after a failed send and tries again while it is on time', async () => {
    const { id } = await subscribe();
    await push.close();
    const one = scheduler('one');
    expect(await one.runDue(DUE)).toMatchObject({ failed: 1 });
    push = await startLocalPushService();
    const row = await repository.findById(id);
    expect(row?.nextDueAt).toBe(DUE.toISOString());
    // Past the tolerance, the retry becomes a skip: the reminder is not sent late.
    expect(await one.runDue(minutes(DUE, 45))).toEqual({ sent: 0, skipped: 1, gone: 0, failed: 0 });
  });

  it('two schedulers on one database (two processes) send each reminder exactly once', async () => {
    const ids = await Promise.all(Array.from({ length: 30 }, () => subscribe().then(({ id }) => id)));
    const first = scheduler('process-a', databases[0]);
    const second = scheduler('process-b', databases[1]);
    const reports = await Promise.all([
      first.runDue(DUE),
      second.runDue(DUE),
      first.runDue(minutes(DUE, 1)),
      second.runDue(minutes(DUE, 1)),
    ]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(30);
    expect(push.received).toHaveLength(30);
    expect(new Set(push.received.map((received) => received.subscription)).size).toBe(30);
    for (const id of ids) expect((await repository.findById(id))?.nextDueAt).toBe('2026-03-03T19:00:00.000Z');
  });

  it('a reminder claimed by a process that died is sent by another once the lease ends, not lost', async () => {
    const { id } = await subscribe();
    // "process-dead" claims and crashes before sending.
    expect(await repository.claimDue(DUE, 'process-dead', 10, REMINDER_LEASE_MS)).toHaveLength(1);
    const alive = scheduler('process-alive');
    expect(await alive.runDue(minutes(DUE, 1))).toMatchObject({ sent: 0 });
    expect(await alive.runDue(new Date(DUE.getTime() + REMINDER_LEASE_MS + 1000))).toMatchObject({ sent: 1 });
    expect((await repository.findById(id))?.nextDueAt).toBe('2026-03-03T19:00:00.000Z');
  });

  it('sends nothing while paused', async () => {
    const { id, subscription } = await subscribe();
    await repository.update(
      id,
      {
        target: { endpoint: subscription.endpoint, ...subscription.keys },
        schedule: EVENING,
        paused: true,
        nextDueAt: null,
      },
      NOON,
    );
    expect(await scheduler('one').runDue(DUE)).toEqual({ sent: 0, skipped: 0, gone: 0, failed: 0 });
  });
});
