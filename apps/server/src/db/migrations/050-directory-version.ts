// A single counter that every change to the public directory increments, in the same transaction as the change
// (an import that changed rows, a structure's declared entry): each server process compares it with the version
// of its in-memory directory index, a one-row read, instead of scanning the tables (docs/adr/0006-…).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('directory_version')
    .addColumn('id', 'integer', (column) => column.primaryKey())
    .addColumn('version', 'bigint', (column) => column.notNull())
    .execute();
  await db
    .withTables<{ directory_version: { id: number; version: number } }>()
    .insertInto('directory_version')
    .values({ id: 1, version: 1 })
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('directory_version').execute();
}
