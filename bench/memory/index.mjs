// Memory under sustained writes (issue 9): the compiled server in its own process creates contact requests
// without pause — 50 connections, each request a new idempotency key — and its resident set size (RSS, what the
// machine really gives the process, native memory included) is read before and after, with samples between.
// Before the fix, a time-zoned Intl.DateTimeFormat built per notification grew RSS by ~26 KB per request and
// never gave it back. The run is "flat" when, after the warm-up, RSS grew by at most FLAT_BOUND_MIB in total and
// at most FLAT_BOUND_BYTES_PER_REQUEST per request (a tenth of the old leak). Measured, never asserted in tests.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { ensureServerBuilt, rssOf, startOz } from '../support/oz-process.mjs';

const SECONDS = Number(process.env.OZ_BENCH_MEMORY_SECONDS ?? 60);
/** Long enough for the JS heap and SQLite's page cache to reach their working size. */
const WARM_UP_SECONDS = 15;
const CONNECTIONS = 50;
const FLAT_BOUND_MIB = 64;
const FLAT_BOUND_BYTES_PER_REQUEST = 2600;
const MIB = 1024 * 1024;

const BODY = JSON.stringify({
  subject: 'self',
  firstName: 'Camille',
  phone: '06 12 34 56 78',
  email: 'camille@example.org',
  preferredSlots: ['morning'],
  postalCode: '75011',
  message: 'Je voudrais parler à quelqu’un.',
});

/**
 * Client addresses, reused in turn. A fixed pool, not one address per request: the rate limiter remembers every
 * address it sees (an LRU of 50,000 per limited route), so fresh addresses would grow that bounded cache for the
 * whole run and be read as a leak. The limits are raised for the run instead (startOz below).
 */
const ADDRESSES = Array.from({ length: 256 }, (_, index) => `10.0.${index >> 4}.${index & 15}`);
let nextAddress = 0;

/** One new request per call: a fresh idempotency key, from the next address of the pool. */
function setupRequest(request) {
  const address = ADDRESSES[nextAddress++ % ADDRESSES.length];
  request.headers = {
    ...request.headers,
    'content-type': 'application/json',
    'idempotency-key': randomUUID(),
    'x-forwarded-for': address,
  };
  request.body = BODY;
  return request;
}

function load(port, seconds) {
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ method: 'POST', path: '/api/contact-requests', setupRequest }],
  });
}

const mib = (bytes) => Math.round((bytes / MIB) * 10) / 10;
const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));

async function measure(kind, log) {
  const dataDir = mkdtempSync(join(tmpdir(), 'oz-bench-memory-'));
  const database = kind === 'postgres' ? await createPostgresDatabase() : undefined;
  const server = await startOz({
    OZ_DATA_DIR: dataDir,
    DATABASE_URL: database?.url ?? '',
    TRUST_PROXY: 'true',
    OZ_RATE_LIMIT_MAX: '1000000000',
    OZ_RATE_LIMIT_CONTACT_MAX: '1000000000',
  });
  try {
    await load(server.port, WARM_UP_SECONDS);
    await settle();
    const before = rssOf(server.pid);
    const samples = [];
    const sampler = setInterval(() => samples.push(rssOf(server.pid)), 1000);
    const firstHalf = await load(server.port, SECONDS / 2);
    await settle();
    const middle = rssOf(server.pid);
    const secondHalf = await load(server.port, SECONDS / 2);
    clearInterval(sampler);
    await settle();
    const after = rssOf(server.pid);
    const result = {
      '2xx': firstHalf['2xx'] + secondHalf['2xx'],
      non2xx: firstHalf.non2xx + secondHalf.non2xx,
      errors: firstHalf.errors + secondHalf.errors,
      requests: { average: (firstHalf.requests.average + secondHalf.requests.average) / 2 },
    };
    // A leak keeps growing in the second half; a warming cache does not.
    const secondHalfPerRequest =
      secondHalf['2xx'] === 0 ? 0 : Math.round((after - middle) / secondHalf['2xx']);
    const requests = result['2xx'];
    const growth = after - before;
    const perRequest = requests === 0 ? 0 : Math.round(growth / requests);
    const flat = growth <= FLAT_BOUND_MIB * MIB && perRequest <= FLAT_BOUND_BYTES_PER_REQUEST;
    log(`${kind}: ${requests} requests, RSS ${mib(before)} → ${mib(after)} MiB (${perRequest} B/request)`);
    return {
      db: kind,
      seconds: SECONDS,
      connections: CONNECTIONS,
      requests,
      requestsPerSecond: Math.round(result.requests.average),
      non2xx: result.non2xx,
      errors: result.errors,
      rssBeforeMiB: mib(before),
      rssMiddleMiB: mib(middle),
      rssAfterMiB: mib(after),
      secondHalfBytesPerRequest: secondHalfPerRequest,
      rssPeakMiB: mib(Math.max(before, after, ...samples)),
      growthMiB: mib(growth),
      growthBytesPerRequest: perRequest,
      flat,
    };
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  }
}

/** A fresh PostgreSQL database for the server process (it takes a URL, not a schema). */
async function createPostgresDatabase() {
  const adminUrl = process.env.OZ_TEST_DATABASE_URL || process.env.DATABASE_URL;
  const name = `oz_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export default async function run({ log }) {
  ensureServerBuilt(log);
  const postgres = process.env.OZ_TEST_DATABASE_URL || process.env.DATABASE_URL;
  const kinds = postgres ? ['sqlite', 'postgres'] : ['sqlite'];
  const runs = [];
  for (const kind of kinds) runs.push(await measure(kind, log));
  return {
    description:
      `POST /api/contact-requests for ${SECONDS} s at ${CONNECTIONS} connections after a ${WARM_UP_SECONDS} s ` +
      'warm-up, new idempotency key each; RSS of the server process (/proc) before and after. Flat = growth ≤ ' +
      `${FLAT_BOUND_MIB} MiB and ≤ ${FLAT_BOUND_BYTES_PER_REQUEST} B per request (the leak fixed in issue 9 was ~26 KB).`,
    flatBound: { totalMiB: FLAT_BOUND_MIB, bytesPerRequest: FLAT_BOUND_BYTES_PER_REQUEST },
    runs,
  };
}

export { createPostgresDatabase };
