// The audit log (who did what to whose data, never the data itself), the scheduled jobs every process may run
// (claimed with a lease, so only one runs each job at a time), and the outbox of e-mails to send.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('structure_id', 'text')
    .addColumn('subject_type', 'text', (column) => column.notNull())
    .addColumn('subject_id', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_structure_idx')
    .on('audit_log')
    .columns(['structure_id', 'at'])
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();

  await db.schema
    .createTable('scheduled_jobs')
    .addColumn('name', 'text', (column) => column.primaryKey())
    .addColumn('next_run_at', 'text', (column) => column.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('last_run_at', 'text')
    .addColumn('last_outcome', 'text')
    .execute();

  await db.schema
    .createTable('outbox_emails')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('to_address', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('outbox_emails_due_idx')
    .on('outbox_emails')
    .column('next_attempt_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outbox_emails').execute();
  await db.schema.dropTable('scheduled_jobs').execute();
  await db.schema.dropTable('audit_log').execute();
}
