// Team invitations (issue 9): a structure admin invites a colleague by e-mail rather than creating the account,
// so the answer never discloses whether the address already has an account elsewhere. Only the SHA-256 of the
// link's 256-bit token is kept; the address is stored like users' e-mails (trimmed, lower-cased).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('team_invitations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('structure_id', 'text', (column) => column.references('structures.id'))
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('display_name', 'text', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('invited_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('accepted_at', 'text')
    .execute();
  await db.schema
    .createIndex('team_invitations_structure_idx')
    .on('team_invitations')
    .columns(['structure_id', 'expires_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('team_invitations').execute();
}
