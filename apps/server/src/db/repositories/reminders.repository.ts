// Push subscriptions for reminders. The scheduler's part is `claimDue`: it marks a batch of due rows as held by
// one process until a lease ends, in one statement — `FOR UPDATE SKIP LOCKED` on PostgreSQL, so processes
// scanning at the same time take different rows instead of waiting; SQLite has a single writer, so the update is
// atomic as is. A row stays due until `complete` moves `next_due_at` on (only by the holder of the lease): a
// process that dies mid-send leaves it to be claimed again when the lease ends.
import { PostgresAdapter, sql } from 'kysely';
import type { Kysely, Selectable } from 'kysely';
import type { IsoWeekday, ReminderSchedule } from '@oz/core';
import type { Database } from '../schema.js';
import type { ReminderSubscriptionsTable } from '../schema-reminders.js';

export interface PushTarget {
  readonly endpoint: string;
  readonly p256dh: string;
  readonly auth: string;
}

export interface ReminderRecord {
  readonly id: string;
  readonly tokenHash: string;
  readonly target: PushTarget;
  readonly schedule: ReminderSchedule;
  readonly paused: boolean;
  /** ISO instant; null while paused. */
  readonly nextDueAt: string | null;
}

export interface NewReminder {
  readonly id: string;
  readonly tokenHash: string;
  readonly target: PushTarget;
  readonly schedule: ReminderSchedule;
  readonly paused: boolean;
  readonly nextDueAt: string | null;
}

type Row = Selectable<ReminderSubscriptionsTable>;

function recordOf(row: Row): ReminderRecord {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    target: { endpoint: row.endpoint, p256dh: row.p256dh, auth: row.auth },
    schedule: {
      weekdays: row.weekdays.split(',').map((day) => Number(day) as IsoWeekday),
      time: row.local_time,
      timeZone: row.time_zone,
    },
    paused: row.paused === 1,
    nextDueAt: row.next_due_at,
  };
}

function columnsOf(reminder: Omit<NewReminder, 'id' | 'tokenHash'>, now: Date) {
  return {
    endpoint: reminder.target.endpoint,
    p256dh: reminder.target.p256dh,
    auth: reminder.target.auth,
    weekdays: [...reminder.schedule.weekdays].sort((a, b) => a - b).join(','),
    local_time: reminder.schedule.time,
    time_zone: reminder.schedule.timeZone,
    paused: reminder.paused ? 1 : 0,
    next_due_at: reminder.nextDueAt,
    claimed_until: null,
    claimed_by: null,
    updated_at: now.toISOString(),
  };
}

export class RemindersRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Saves a subscription. A browser has one push endpoint: subscribing it again (a retried request, a device
   * that lost its token) replaces the old row, so one endpoint never gets two reminders.
   */
  async replaceByEndpoint(reminder: NewReminder, now: Date): Promise<void> {
    const columns = columnsOf(reminder, now);
    await this.db
      .insertInto('reminder_subscriptions')
      .values({ id: reminder.id, token_hash: reminder.tokenHash, created_at: now.toISOString(), ...columns })
      .onConflict((conflict) =>
        conflict.column('endpoint').doUpdateSet({
          id: reminder.id,
          token_hash: reminder.tokenHash,
          ...columns,
          created_at: now.toISOString(),
        }),
      )
      .execute();
  }

  async findById(id: string): Promise<ReminderRecord | undefined> {
    const row = await this.db
      .selectFrom('reminder_subscriptions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : recordOf(row);
  }

  async findByEndpoint(endpoint: string): Promise<ReminderRecord | undefined> {
    const row = await this.db
      .selectFrom('reminder_subscriptions')
      .selectAll()
      .where('endpoint', '=', endpoint)
      .executeTakeFirst();
    return row === undefined ? undefined : recordOf(row);
  }

  /** Changes schedule, pause or push target; answers false if the row is gone (or the endpoint is taken). */
  async update(id: string, reminder: Omit<NewReminder, 'id' | 'tokenHash'>, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('reminder_subscriptions')
      .set(columnsOf(reminder, now))
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('reminder_subscriptions').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** A subscription whose endpoint the push service says is gone (404/410). */
  async deleteByEndpoint(endpoint: string): Promise<number> {
    const result = await this.db
      .deleteFrom('reminder_subscriptions')
      .where('endpoint', '=', endpoint)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /**
   * Claims up to `limit` due reminders (next_due_at ≤ now, not paused, no live lease) for `worker` until
   * `now + leaseMs`. Each row is claimed by one worker only, whatever the number of processes.
   */
  async claimDue(now: Date, worker: string, limit: number, leaseMs: number): Promise<ReminderRecord[]> {
    const nowIso = now.toISOString();
    const isPostgres = this.db.getExecutor().adapter instanceof PostgresAdapter;
    let due = this.db
      .selectFrom('reminder_subscriptions')
      .select('id')
      .where('paused', '=', 0)
      .where('next_due_at', '<=', nowIso)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', nowIso)]))
      .orderBy('next_due_at')
      .limit(limit);
    if (isPostgres) due = due.forUpdate().skipLocked();
    const rows = await this.db
      .updateTable('reminder_subscriptions')
      .set({ claimed_until: new Date(now.getTime() + leaseMs).toISOString(), claimed_by: worker })
      .where('id', 'in', due)
      // Re-checked on the row itself: on SQLite and under READ COMMITTED the subquery alone is not a lock.
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', nowIso)]))
      .where('next_due_at', '<=', nowIso)
      .returningAll()
      .execute();
    return rows.map(recordOf);
  }

  /** Records the decision about a claimed reminder: the next due instant, lease released (holder only). */
  async complete(id: string, worker: string, nextDueAt: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('reminder_subscriptions')
      .set({ next_due_at: nextDueAt, claimed_until: null, claimed_by: null, updated_at: now.toISOString() })
      .where('id', '=', id)
      .where('claimed_by', '=', worker)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Keeps a reminder due after a failed send, to be claimed again from `retryAt` (holder only). */
  async retryAt(id: string, worker: string, retryAt: Date): Promise<void> {
    await this.db
      .updateTable('reminder_subscriptions')
      .set({ claimed_until: retryAt.toISOString(), claimed_by: null })
      .where('id', '=', id)
      .where('claimed_by', '=', worker)
      .execute();
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('reminder_subscriptions')
      .select(sql<string>`count(*)`.as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }
}
