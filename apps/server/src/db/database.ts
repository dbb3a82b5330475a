// Opens the Oz database. The dialect is a configuration detail: no DATABASE_URL → one SQLite file under
// OZ_DATA_DIR; `postgres://…` → PostgreSQL (several processes, replicas: docs/architecture.md).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface OzDatabase {
  kind: DatabaseKind;
  db: Kysely<Database>;
  destroy(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://…` or `postgresql://…`; undefined → SQLite. */
  databaseUrl?: string | undefined;
  /** Directory of the SQLite file (created if missing). `:memory:` → a private in-memory database. */
  sqliteDir: string;
  /** PostgreSQL schema to use (tests isolate each file in its own schema). */
  postgresSchema?: string | undefined;
  postgresPoolSize?: number | undefined;
}

export const SQLITE_FILE_NAME = 'oz.sqlite';

export function openDatabase(options: DatabaseOptions): OzDatabase {
  if (options.databaseUrl !== undefined) return openPostgres(options.databaseUrl, options);
  return openSqlite(options.sqliteDir);
}

function openSqlite(directory: string): OzDatabase {
  const inMemory = directory === ':memory:';
  let path = ':memory:';
  if (!inMemory) {
    mkdirSync(directory, { recursive: true });
    path = join(directory, SQLITE_FILE_NAME);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqliteConnection(path) }) });
  return { kind: 'sqlite', db, destroy: () => db.destroy() };
}

function openSqliteConnection(path: string): SQLite.Database {
  const connection = new SQLite(path);
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  // synchronous=FULL: every commit is fsynced (WAL's default NORMAL may lose the last commits on power loss).
  connection.pragma('synchronous = FULL');
  // Another process (a CLI import) may write: wait instead of failing with SQLITE_BUSY.
  connection.pragma('busy_timeout = 5000');
  return connection;
}

function openPostgres(url: string, options: DatabaseOptions): OzDatabase {
  const schema = options.postgresSchema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new RangeError(`Invalid PostgreSQL schema name: ${schema}`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.postgresPoolSize ?? 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kind: 'postgres', db, destroy: () => db.destroy() };
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
