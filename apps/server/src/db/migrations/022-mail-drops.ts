// Mail that carries the 48 h promise must not vanish silently (issue 9): each outbox e-mail says what it is
// (`kind`, and the request it concerns), and an e-mail given up after its last attempt leaves a row in
// `email_drops` — kind, request, attempts and the last error code, never the address or the text — counted in
// the job summaries.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox_emails').addColumn('kind', 'text').execute();
  await db.schema.alterTable('outbox_emails').addColumn('request_id', 'text').execute();
  await db.schema
    .createTable('email_drops')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('dropped_at', 'text', (column) => column.notNull())
    .addColumn('kind', 'text')
    .addColumn('request_id', 'text')
    .addColumn('attempts', 'integer', (column) => column.notNull())
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('email_drops_at_idx').on('email_drops').column('dropped_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('email_drops').execute();
  await db.schema.alterTable('outbox_emails').dropColumn('request_id').execute();
  await db.schema.alterTable('outbox_emails').dropColumn('kind').execute();
}
