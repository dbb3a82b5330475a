// Sign-in attempts per e-mail address, counted before any password is checked (issue 9: the old
// `login_throttles` counted failures after the check, so a parallel burst was checked in full). One row per
// address and window; `login_throttles` stays for processes of the previous release during a rolling deploy
// and can be dropped in a later release.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sign_in_attempts')
    .addColumn('email', 'text', (column) => column.primaryKey())
    .addColumn('attempts', 'integer', (column) => column.notNull())
    .addColumn('window_ends_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_attempts_window_idx')
    .on('sign_in_attempts')
    .column('window_ends_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sign_in_attempts').execute();
}
