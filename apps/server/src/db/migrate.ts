// Runs the numbered migrations (db/migrations/index.ts) up to the latest. Fails loudly: a half-migrated
// database must never serve requests.
import { Migrator } from 'kysely';
import type { Kysely, MigrationResult } from 'kysely';
import { migrationsFor } from './migrations/index.js';
import type { MigrationContext } from './migrations/index.js';
import type { Database } from './schema.js';

export class MigrationFailedError extends Error {
  constructor(
    readonly migrationName: string | undefined,
    cause: unknown,
  ) {
    super(`Database migration ${migrationName ?? '(unknown)'} failed: ${describe(cause)}`, { cause });
    this.name = 'MigrationFailedError';
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * @param migrationTableSchema PostgreSQL schema of Kysely's bookkeeping tables when the database does not use
 * `public` (tests): without it Kysely may see another schema's lock table and skip creating its own.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  migrationTableSchema?: string,
  context: MigrationContext = {},
): Promise<readonly MigrationResult[]> {
  const migrator = new Migrator({
    db,
    ...(migrationTableSchema === undefined ? {} : { migrationTableSchema }),
    provider: { getMigrations: () => Promise.resolve({ ...migrationsFor(context) }) },
    // Numbers are reserved per area (reminders 040–044, perf 050–059…), so a release may bring a migration
    // numbered below one a database already has (040 after 065): it runs, instead of failing the start.
    allowUnorderedMigrations: true,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error');
    throw new MigrationFailedError(failed?.migrationName, error);
  }
  return results;
}
