// Bench databases: a SQLite file in a temporary directory (WAL, synchronous=FULL as in production) or a fresh
// PostgreSQL schema, migrated with Oz's own migrations; and the compiled server modules the suites drive.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

export const root = new URL('../..', import.meta.url).pathname;

export function postgresUrl() {
  return process.env.OZ_TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/** sqlite always; postgres when OZ_TEST_DATABASE_URL (or DATABASE_URL) is set. */
export function databaseKinds() {
  return postgresUrl() === undefined ? ['sqlite'] : ['sqlite', 'postgres'];
}

export async function openBenchDatabase(server, kind) {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'oz-bench-'));
    const database = server.openDatabase({ sqliteDir: dir });
    await server.migrateToLatest(database.db);
    return {
      database,
      target: { sqliteDir: dir },
      cleanup: async () => {
        await database.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = postgresUrl();
  const schema = `oz_bench_${process.pid}_${Date.now()}`;
  await adminQuery(url, `create schema ${schema}`);
  const database = server.openDatabase({ databaseUrl: url, sqliteDir: ':memory:', postgresSchema: schema });
  await server.migrateToLatest(database.db, schema);
  return {
    database,
    target: { postgresUrl: url, schema },
    cleanup: async () => {
      await database.destroy();
      await adminQuery(url, `drop schema ${schema} cascade`);
    },
  };
}

async function adminQuery(url, statement) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The compiled server (built on demand), imported from its dist/ files. */
export async function loadServer(log) {
  const needed = [
    'packages/core/dist/index.js',
    'packages/contracts/dist/index.js',
    'apps/server/dist/app.js',
  ];
  if (needed.some((file) => !existsSync(join(root, file)))) {
    log('building core, contracts and server…');
    const built = spawnSync(
      'npm',
      ['run', 'build', '-w', '@oz/core', '-w', '@oz/contracts', '-w', '@oz/server'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    if (built.status !== 0) throw new Error('build failed');
  }
  const load = (file) => import(pathToFileURL(join(root, 'apps/server/dist', file)).href);
  const [database, migrate, structures, profiles, placesIndex] = await Promise.all([
    load('db/database.js'),
    load('db/migrate.js'),
    load('db/repositories/structures.repository.js'),
    load('db/repositories/structure-profiles.repository.js'),
    load('places/places-index.js'),
  ]);
  return {
    PlacesIndex: placesIndex.PlacesIndex,
    openDatabase: database.openDatabase,
    migrateToLatest: migrate.migrateToLatest,
    StructuresRepository: structures.StructuresRepository,
    StructureProfilesRepository: profiles.StructureProfilesRepository,
    places: () =>
      placesIndex.PlacesIndex.fromFiles(
        join(root, 'data/communes-centroides.csv'),
        join(root, 'data/codes-postaux-centroides.csv'),
      ),
  };
}

/** Mulberry32: reproducible synthetic data. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
