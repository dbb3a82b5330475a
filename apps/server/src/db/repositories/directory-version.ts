// The directory's version counter (table `directory_version`, ADR 0006): every change to `structures` or
// `structure_profiles` calls `bumpDirectoryVersion` inside its own transaction, so a process that reads a new
// version is sure to read the change with it; each process's in-memory index polls `readDirectoryVersion`.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function bumpDirectoryVersion(db: Kysely<Database>): Promise<void> {
  await db
    .updateTable('directory_version')
    .set({ version: sql<number>`version + 1` })
    .where('id', '=', 1)
    .execute();
}

export async function readDirectoryVersion(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('directory_version')
    .select('version')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.version);
}
