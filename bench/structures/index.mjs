// Structures benchmark: nearest-structure search over 3 k, 30 k and 300 k synthetic structures spread over
// metropolitan France, on SQLite (a file, WAL, synchronous=FULL) and on PostgreSQL when OZ_TEST_DATABASE_URL or
// DATABASE_URL is set. Measures the repository query (p50/p95 over many random points) and the HTTP route
// under load with autocannon (loopback only, bounded duration, rate limiting on with its database counters).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import pg from 'pg';

const root = new URL('../..', import.meta.url).pathname;
const SIZES = (process.env.OZ_BENCH_SIZES ?? '3000,30000,300000').split(',').map(Number);
const QUERY_SAMPLES = 400;
const HTTP_SECONDS = Number(process.env.OZ_BENCH_HTTP_SECONDS ?? 5);
const HTTP_CONNECTIONS = 10;
const TYPES = ['csapa', 'cjc', 'caarud', 'elsa', 'hospital', 'association'];
// Metropolitan France bounding box (finess-format.md, 3.3 sanity bounds, trimmed to land).
const BOX = { south: 42.4, north: 51.0, west: -4.7, east: 8.1 };

export default async function run({ log }) {
  const server = await loadServer(log);
  const postgresUrl = process.env.OZ_TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
  const databases = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];
  const runs = [];
  for (const kind of databases) {
    for (const size of SIZES) {
      log(`${kind}: ${size} structures…`);
      runs.push(await measure(server, kind, size, postgresUrl, log));
    }
  }
  log('places: autocomplete…');
  const places = await measurePlaces(server);
  return {
    places,
    description:
      'Nearest open structures (limit 20) around random points of metropolitan France; repository query alone, ' +
      `then GET /api/structures?lat&lon under ${HTTP_CONNECTIONS} connections for ${HTTP_SECONDS} s (autocannon, loopback).`,
    postgres: postgresUrl ? 'measured' : 'skipped (set OZ_TEST_DATABASE_URL to measure PostgreSQL)',
    runs,
  };
}

/** Autocomplete (`GET /api/places?q=`): the in-memory index alone, then the HTTP route (SQLite). */
async function measurePlaces(server) {
  const index = server.PlacesIndex.fromFiles(
    join(root, 'data/communes-centroides.csv'),
    join(root, 'data/codes-postaux-centroides.csv'),
  );
  const prefixes = [
    'pa',
    'sai',
    'sainte-co',
    'toul',
    'mar',
    'lyon',
    'st e',
    '75',
    '310',
    '9741',
    'bor',
    'ly',
    'n',
  ];
  const durations = [];
  for (let sample = 0; sample < 2000; sample += 1) {
    const started = performance.now();
    index.suggest(prefixes[sample % prefixes.length], 8);
    durations.push(performance.now() - started);
  }
  const { cleanup, target } = await openBenchDatabase(server, 'sqlite');
  try {
    const http = await runLoad(
      target,
      prefixes.map((prefix) => ({ method: 'GET', path: `/api/places?q=${encodeURIComponent(prefix)}` })),
    );
    return {
      suggest: {
        samples: durations.length,
        p50Ms: round(percentile(durations, 50)),
        p95Ms: round(percentile(durations, 95)),
      },
      http,
    };
  } finally {
    await cleanup();
  }
}

async function measure(server, kind, size, postgresUrl, log) {
  const { database, cleanup, target } = await openBenchDatabase(server, kind, postgresUrl);
  try {
    const repository = new server.StructuresRepository(database.db);
    const random = seededRandom(size);
    const seedStarted = performance.now();
    for (let start = 0; start < size; start += 10_000) {
      const count = Math.min(10_000, size - start);
      const records = Array.from({ length: count }, (_, index) => syntheticRecord(start + index, random));
      await repository.importRecords(
        records,
        { source: 'bench', format: 'synthetic', fileName: 'bench', dataDate: null, rejected: 0 },
        new Date(),
      );
    }
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    log(`  seeded in ${seedSeconds.toFixed(1)} s`);

    const durations = [];
    for (let sample = 0; sample < QUERY_SAMPLES; sample += 1) {
      const center = randomPoint(random);
      const started = performance.now();
      await repository.findNearest({ center, limit: 20 });
      durations.push(performance.now() - started);
    }
    const query = {
      samples: QUERY_SAMPLES,
      p50Ms: round(percentile(durations, 50)),
      p95Ms: round(percentile(durations, 95)),
    };
    log(`  query p50 ${query.p50Ms} ms, p95 ${query.p95Ms} ms`);

    const http = await measureHttp(target, random);
    log(`  http ${http.requestsPerSecond} req/s, p50 ${http.latencyP50Ms} ms, p99 ${http.latencyP99Ms} ms`);
    return { db: kind, structures: size, seedSeconds: round(seedSeconds), query, http };
  } finally {
    await cleanup();
  }
}

async function measureHttp(target, random) {
  const requests = Array.from({ length: 50 }, () => {
    const { latitude, longitude } = randomPoint(random);
    return { method: 'GET', path: `/api/structures?lat=${latitude.toFixed(4)}&lon=${longitude.toFixed(4)}` };
  });
  return runLoad(target, requests);
}

/** Bounded autocannon run against the server in a worker thread (loopback only). */
async function runLoad(target, requests) {
  const worker = new Worker(new URL('./server-worker.mjs', import.meta.url), { workerData: target });
  const { port } = await nextMessage(worker);
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: HTTP_CONNECTIONS,
      duration: HTTP_SECONDS,
      requests,
    });
    return {
      requestsPerSecond: Math.round(result.requests.average),
      latencyP50Ms: result.latency.p50,
      latencyP97_5Ms: result.latency.p97_5,
      latencyP99Ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
    };
  } finally {
    worker.postMessage('close');
    await nextMessage(worker);
    await worker.terminate();
  }
}

function nextMessage(worker) {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function openBenchDatabase(server, kind, postgresUrl) {
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
  const schema = `oz_bench_${process.pid}_${Date.now()}`;
  await adminQuery(postgresUrl, `create schema ${schema}`);
  const database = server.openDatabase({
    databaseUrl: postgresUrl,
    sqliteDir: ':memory:',
    postgresSchema: schema,
  });
  await server.migrateToLatest(database.db, schema);
  return {
    database,
    target: { postgresUrl, schema },
    cleanup: async () => {
      await database.destroy();
      await adminQuery(postgresUrl, `drop schema ${schema} cascade`);
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
async function loadServer(log) {
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
      { cwd: root, stdio: 'inherit' },
    );
    if (built.status !== 0) throw new Error('build failed');
  }
  const load = (file) => import(pathToFileURL(join(root, 'apps/server/dist', file)).href);
  const [database, migrate, repository, placesIndex] = await Promise.all([
    load('db/database.js'),
    load('db/migrate.js'),
    load('db/repositories/structures.repository.js'),
    load('places/places-index.js'),
  ]);
  return {
    PlacesIndex: placesIndex.PlacesIndex,
    openDatabase: database.openDatabase,
    migrateToLatest: migrate.migrateToLatest,
    StructuresRepository: repository.StructuresRepository,
  };
}

function syntheticRecord(index, random) {
  const { latitude, longitude } = randomPoint(random);
  const type = TYPES[Math.floor(random() * TYPES.length)];
  return {
    source: 'curated',
    sourceId: `bench-${index}`,
    name: `Synthetic structure ${index}`,
    type,
    address: `${index} rue du Banc d'essai`,
    postalCode: '75001',
    city: 'Synthetic',
    departement: '75',
    inseeCode: null,
    phone: '0100000000',
    website: null,
    email: null,
    publics: type === 'cjc' ? ['young', 'entourage'] : ['adults'],
    openingHours: null,
    status: 'open',
    latitude,
    longitude,
    positionApproximate: false,
    categoryCode: null,
    dataDate: '2026-11-24',
    sourceUrl: null,
  };
}

function randomPoint(random) {
  return {
    latitude: BOX.south + random() * (BOX.north - BOX.south),
    longitude: BOX.west + random() * (BOX.east - BOX.west),
  };
}

/** Mulberry32: reproducible synthetic data. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function round(value) {
  return Math.round(value * 100) / 100;
}
