// Directory search under load: 3 k, 30 k and 300 k synthetic structures over metropolitan France (1 % of them
// on Oz with a declared availability, a tenth of those taking no new people), on SQLite (a file, WAL,
// synchronous=FULL) and on PostgreSQL when OZ_TEST_DATABASE_URL is set. For each: the repository's SQL query
// alone, then GET /api/structures by `lat`/`lon` and by `near` (postal codes, communes) against its ceiling —
// a bare Fastify answering the very same bytes — alternately in the same run (bench/lib/load.mjs). Then the
// places autocomplete against its own ceiling.
import { captureBodies, startCeiling, startOz } from '../lib/workers.mjs';
import { compare, percentile, round2 } from '../lib/load.mjs';
import { databaseKinds, loadServer, openBenchDatabase, seededRandom } from '../lib/databases.mjs';

const SIZES = (process.env.OZ_BENCH_SIZES ?? '3000,30000,300000').split(',').map(Number);
const QUERY_SAMPLES = 400;
const TYPES = ['csapa', 'cjc', 'caarud', 'elsa', 'hospital', 'association'];
// Metropolitan France bounding box (trimmed to land).
const BOX = { south: 42.4, north: 51.0, west: -4.7, east: 8.1 };
const PLACE_PREFIXES = [
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

export default async function run({ log }) {
  const server = await loadServer(log);
  const places = server.places();
  const runs = [];
  for (const kind of databaseKinds()) {
    for (const size of SIZES) {
      log(`${kind}: ${size} structures…`);
      runs.push(await measure(server, places, kind, size, log));
    }
  }
  log('places autocomplete…');
  const autocomplete = await measurePlaces(server, places, log);
  return {
    description:
      'GET /api/structures (20 results) by lat/lon and by near=, and GET /api/places?q=, each against a bare ' +
      'Fastify route answering the same bytes, measured alternately in the same run; ratio = Oz req/s ÷ ceiling ' +
      'req/s (median round). Logger off in both; Oz with every plugin (helmet, rate limit counting, validation).',
    postgres: databaseKinds().includes('postgres') ? 'measured' : 'skipped (set OZ_TEST_DATABASE_URL)',
    runs,
    places: autocomplete,
  };
}

async function measure(server, places, kind, size, log) {
  const { database, cleanup, target } = await openBenchDatabase(server, kind);
  try {
    const random = seededRandom(size);
    const seedSeconds = await seed(server, database, size, random);
    log(`  seeded in ${seedSeconds} s`);
    const repository = new server.StructuresRepository(database.db);
    const durations = [];
    for (let sample = 0; sample < QUERY_SAMPLES; sample += 1) {
      const started = performance.now();
      await repository.findNearest({ center: randomPoint(random), limit: 20 });
      durations.push(performance.now() - started);
    }
    const sqlQuery = {
      samples: QUERY_SAMPLES,
      p50Ms: round2(percentile(durations, 50)),
      p95Ms: round2(percentile(durations, 95)),
    };
    log(`  SQL query alone p50 ${sqlQuery.p50Ms} ms, p95 ${sqlQuery.p95Ms} ms`);

    const byCoordinates = Array.from({ length: 50 }, () => {
      const { latitude, longitude } = randomPoint(random);
      return `/api/structures?lat=${latitude.toFixed(4)}&lon=${longitude.toFixed(4)}`;
    });
    const byPlace = nearQueries(places, random).map(
      (near) => `/api/structures?near=${encodeURIComponent(near)}`,
    );
    const oz = await startOz(target);
    let ceiling;
    try {
      const bodies = await captureBodies(oz.port, [...byCoordinates, ...byPlace]);
      const bytes = Object.values(bodies).map(([, , body]) => body.length);
      ceiling = await startCeiling(bodies);
      const latLon = await compare('lat/lon', {
        ceiling,
        oz,
        ceilingRequests: byCoordinates.map((path) => ({ method: 'GET', path })),
        ozRequests: byCoordinates.map((path) => ({ method: 'GET', path })),
        log,
      });
      const near = await compare('near', {
        ceiling,
        oz,
        ceilingRequests: byPlace.map((path) => ({ method: 'GET', path })),
        ozRequests: byPlace.map((path) => ({ method: 'GET', path })),
        log,
      });
      return {
        db: kind,
        structures: size,
        seedSeconds,
        meanResponseKB: round2(bytes.reduce((a, b) => a + b, 0) / bytes.length / 1024),
        sqlQuery,
        latLon,
        near,
      };
    } finally {
      await ceiling?.close();
      await oz.close();
    }
  } finally {
    await cleanup();
  }
}

/** Postal codes and unambiguous communes all over France (what people type in « Trouver de l'aide »). */
function nearQueries(places, random) {
  const codes = Object.keys(places.postalCodeTable());
  const picked = Array.from({ length: 40 }, () => codes[Math.floor(random() * codes.length)]);
  return [
    ...picked,
    'Toulouse',
    'Lyon',
    'Marseille',
    'Lille',
    'Rennes',
    'Strasbourg',
    'Nantes',
    'Brest',
    'Dijon',
    'Limoges',
  ];
}

async function measurePlaces(server, places, log) {
  const durations = [];
  for (let sample = 0; sample < 2000; sample += 1) {
    const started = performance.now();
    places.suggest(PLACE_PREFIXES[sample % PLACE_PREFIXES.length], 8);
    durations.push(performance.now() - started);
  }
  const { cleanup, target } = await openBenchDatabase(server, 'sqlite');
  const paths = PLACE_PREFIXES.map((prefix) => `/api/places?q=${encodeURIComponent(prefix)}`);
  const oz = await startOz(target);
  let ceiling;
  try {
    ceiling = await startCeiling(await captureBodies(oz.port, paths));
    const requests = paths.map((path) => ({ method: 'GET', path }));
    const http = await compare('places', {
      ceiling,
      oz,
      ceilingRequests: requests,
      ozRequests: requests,
      log,
    });
    return {
      suggest: {
        samples: durations.length,
        p50Ms: round2(percentile(durations, 50)),
        p95Ms: round2(percentile(durations, 95)),
      },
      http,
    };
  } finally {
    await ceiling?.close();
    await oz.close();
    await cleanup();
  }
}

async function seed(server, database, size, random) {
  const repository = new server.StructuresRepository(database.db);
  const started = performance.now();
  for (let start = 0; start < size; start += 10_000) {
    const count = Math.min(10_000, size - start);
    const records = Array.from({ length: count }, (_, index) => syntheticRecord(start + index, random));
    await repository.importRecords(
      records,
      { source: 'bench', format: 'synthetic', fileName: 'bench', dataDate: null, rejected: 0 },
      new Date(),
    );
  }
  // 1 % of the structures joined Oz (at most 500): declared wait, a tenth of them taking no new people.
  const profiles = new server.StructureProfilesRepository(database.db);
  const joined = Math.min(500, Math.ceil(size / 100));
  for (let index = 0; index < joined; index += 1) {
    await profiles.upsert(
      `curated-bench-${Math.floor(random() * size)}`,
      { waitTimeDays: Math.floor(random() * 30), acceptingNewPeople: random() > 0.1 },
      'bench',
      new Date(),
    );
  }
  return round2((performance.now() - started) / 1000);
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
    // A few closed structures: they are in the table, never in an answer.
    status: random() < 0.03 ? 'closed' : 'open',
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
