// Test databases: SQLite in memory always, PostgreSQL when OZ_TEST_DATABASE_URL is set (CI sets it). Each
// PostgreSQL database lives in its own schema, dropped afterwards, so parallel test files never collide.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../db/database.js';
import type { DatabaseKind, OzDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

const postgresUrl = process.env.OZ_TEST_DATABASE_URL;

export const TEST_DATABASE_KINDS: readonly DatabaseKind[] =
  postgresUrl === undefined || postgresUrl === '' ? ['sqlite'] : ['sqlite', 'postgres'];

export async function openTestDatabase(kind: DatabaseKind): Promise<OzDatabase> {
  if (kind === 'sqlite') {
    const database = openDatabase({ sqliteDir: ':memory:' });
    await migrateToLatest(database.db);
    return database;
  }
  if (postgresUrl === undefined) throw new Error('OZ_TEST_DATABASE_URL is not set');
  const schema = `oz_test_${randomUUID().replaceAll('-', '')}`;
  await adminQuery(`create schema ${schema}`);
  const database = openDatabase({
    databaseUrl: postgresUrl,
    sqliteDir: ':memory:',
    postgresSchema: schema,
    postgresPoolSize: 4,
  });
  await migrateToLatest(database.db, schema);
  const opened: OzDatabase = {
    ...database,
    async destroy() {
      await database.destroy();
      await adminQuery(`drop schema ${schema} cascade`);
    },
  };
  schemaOf.set(opened, schema);
  return opened;
}

/**
 * Two connections to one test database, as two server processes have: on PostgreSQL a second pool on the same
 * schema; SQLite in memory has one connection only (its single writer is what serialises processes there).
 */
export async function openTestDatabasePair(kind: DatabaseKind): Promise<[OzDatabase, OzDatabase]> {
  const first = await openTestDatabase(kind);
  if (kind === 'sqlite' || postgresUrl === undefined) return [first, { ...first, destroy: async () => {} }];
  const schema = schemaOf.get(first);
  const second = openDatabase({
    databaseUrl: postgresUrl,
    sqliteDir: ':memory:',
    postgresSchema: schema,
    postgresPoolSize: 4,
  });
  return [first, second];
}

const schemaOf = new WeakMap<OzDatabase, string>();

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
