// Reminders by Web Push (issue 11): one row per browser subscription, and nothing about the person — a random
// id, the SHA-256 of the token that manages it, the push endpoint and its keys, the schedule and time zone.
// `next_due_at` (ISO instant, null while paused) is what the scheduler scans; `claimed_until`/`claimed_by` is the
// lease of the process sending it, so two processes never send the same reminder (docs/architecture.md).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reminder_subscriptions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('token_hash', 'text', (column) => column.notNull())
    .addColumn('endpoint', 'text', (column) => column.notNull().unique())
    .addColumn('p256dh', 'text', (column) => column.notNull())
    .addColumn('auth', 'text', (column) => column.notNull())
    /** ISO weekdays, comma-separated ('1,4'). */
    .addColumn('weekdays', 'text', (column) => column.notNull())
    .addColumn('local_time', 'text', (column) => column.notNull())
    .addColumn('time_zone', 'text', (column) => column.notNull())
    .addColumn('paused', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('next_due_at', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('reminder_subscriptions_due_idx')
    .on('reminder_subscriptions')
    .column('next_due_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reminder_subscriptions').execute();
}
