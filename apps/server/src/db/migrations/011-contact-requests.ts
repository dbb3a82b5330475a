// Contact requests (« parler à un professionnel sous 48 h ») and their history. The idempotency key is unique:
// a retried submission can never create a second row, even when two retries race.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('contact_requests')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('idempotency_key', 'text', (column) => column.notNull().unique())
    .addColumn('payload_fingerprint', 'text')
    .addColumn('tracking_token_hash', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('first_name', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('preferred_slots', 'text', (column) => column.notNull())
    .addColumn('postal_code', 'text')
    .addColumn('message', 'text')
    .addColumn('consent_to_share', 'integer', (column) => column.notNull())
    .addColumn('attachment', 'text')
    .addColumn('locale', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('structure_id', 'text', (column) => column.references('structures.id'))
    .addColumn('referred_from', 'text')
    .addColumn('assigned_user_id', 'text', (column) => column.references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('due_at', 'text', (column) => column.notNull())
    .addColumn('contacted_at', 'text')
    .addColumn('alert_sent_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('purge_at', 'text')
    .addColumn('purged_at', 'text')
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('contact_requests_queue_idx')
    .on('contact_requests')
    .columns(['structure_id', 'status', 'due_at'])
    .execute();
  await db.schema
    .createIndex('contact_requests_alert_idx')
    .on('contact_requests')
    .columns(['alert_sent_at', 'created_at'])
    .execute();
  await db.schema
    .createIndex('contact_requests_purge_idx')
    .on('contact_requests')
    .column('purge_at')
    .execute();

  await db.schema
    .createTable('contact_request_events')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('request_id', 'text', (column) =>
      column.notNull().references('contact_requests.id').onDelete('cascade'),
    )
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('actor_user_id', 'text', (column) => column.references('users.id'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('structure_id', 'text')
    .addColumn('assignee_id', 'text')
    .addColumn('channel', 'text')
    .addColumn('outcome', 'text')
    .addColumn('text', 'text')
    .execute();
  await db.schema
    .createIndex('contact_request_events_request_idx')
    .on('contact_request_events')
    .columns(['request_id', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('contact_request_events').execute();
  await db.schema.dropTable('contact_requests').execute();
}
