// Linking a person with a professional: short-lived invitation codes (only a hash stored) and the shares they
// open. A share holds only what the person chose to upload; revoking it deletes the row.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('share_invitations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('code_hash', 'text', (column) => column.notNull().unique())
    .addColumn('structure_id', 'text', (column) => column.notNull().references('structures.id'))
    .addColumn('created_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('label', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('redeemed_at', 'text')
    .execute();

  await db.schema
    .createTable('shares')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('structure_id', 'text', (column) => column.notNull().references('structures.id'))
    .addColumn('invited_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('label', 'text')
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text')
    .addColumn('diary_weeks', 'text')
    .addColumn('screenings', 'text')
    .execute();
  await db.schema.createIndex('shares_structure_idx').on('shares').column('structure_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('shares').execute();
  await db.schema.dropTable('share_invitations').execute();
}
