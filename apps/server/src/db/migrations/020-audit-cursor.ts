// Audit log, issue 9: a `detail` code (why an access was refused, why a sign-in failed — a code from a closed
// list, never free text) and indexes for paging on the sortable id (a stable cursor: rows sharing a millisecond
// are never skipped, unlike paging on `at`).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('detail', 'text').execute();
  await db.schema
    .createIndex('audit_log_structure_id_idx')
    .on('audit_log')
    .columns(['structure_id', 'id'])
    .execute();
  await db.schema
    .createIndex('audit_log_subject_idx')
    .on('audit_log')
    .columns(['subject_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_subject_idx').execute();
  await db.schema.dropIndex('audit_log_structure_id_idx').execute();
  await db.schema.alterTable('audit_log').dropColumn('detail').execute();
}
