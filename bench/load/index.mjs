// Durable writes and sustained load (issue 13), on SQLite (a file, WAL, synchronous=FULL: every commit
// fsynced) and on PostgreSQL (synchronous_commit and fsync as the server reports them) when
// OZ_TEST_DATABASE_URL is set, against the compiled server in its own process with the shipped directory:
// - contact-request creation: POST /api/contact-requests at 50 connections, each with a new idempotency key —
//   durable writes per second (a request, its history event, its audit entry and its e-mails, one transaction);
// - sustained: 100 connections for OZ_BENCH_SUSTAINED_SECONDS (60 s) on the directory search (lat/lon and
//   near= mixed), then on contact creation — errors, timeouts and non-2xx must stay 0 (docs/reliability.md).
// Rate limits are raised so nothing is refused. Measured, never asserted.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { createPostgresDatabase } from '../memory/index.mjs';
import { ensureServerBuilt, startOz } from '../support/oz-process.mjs';

const WRITE_SECONDS = Number(process.env.OZ_BENCH_WRITE_SECONDS ?? 10);
const SUSTAINED_SECONDS = Number(process.env.OZ_BENCH_SUSTAINED_SECONDS ?? 60);
const WRITE_CONNECTIONS = 50;
const SUSTAINED_CONNECTIONS = 100;

const BODY = JSON.stringify({
  subject: 'self',
  firstName: 'Camille',
  phone: '06 12 34 56 78',
  email: 'camille@example.org',
  preferredSlots: ['morning'],
  postalCode: '75011',
  message: 'Je voudrais parler à quelqu’un.',
});

/** A new request per call: a fresh idempotency key. */
function newContactRequest(request) {
  request.headers = {
    ...request.headers,
    'content-type': 'application/json',
    'idempotency-key': randomUUID(),
  };
  request.body = BODY;
  return request;
}

const CONTACT = [{ method: 'POST', path: '/api/contact-requests', setupRequest: newContactRequest }];

/** Searches all over France: postal codes, communes, coordinates (what people type or share). */
const SEARCHES = [
  '/api/structures?near=93200',
  '/api/structures?near=75011',
  '/api/structures?near=Toulouse',
  '/api/structures?near=69003',
  '/api/structures?near=Brest',
  '/api/structures?near=13001',
  '/api/structures?lat=48.8566&lon=2.3522',
  '/api/structures?lat=43.6047&lon=1.4442',
  '/api/structures?lat=45.764&lon=4.8357',
  '/api/structures?lat=47.2184&lon=-1.5536',
].map((path) => ({ method: 'GET', path }));

async function run(port, requests, connections, seconds) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests,
    timeout: 10,
  });
  return {
    connections,
    seconds,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    '2xx': result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

async function postgresDurability(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const setting = async (name) => (await client.query(`show ${name}`)).rows[0][name];
    return { synchronousCommit: await setting('synchronous_commit'), fsync: await setting('fsync') };
  } finally {
    await client.end();
  }
}

async function measure(kind, log) {
  const dataDir = mkdtempSync(join(tmpdir(), 'oz-bench-load-'));
  const database = kind === 'postgres' ? await createPostgresDatabase() : undefined;
  const server = await startOz({
    OZ_DATA_DIR: dataDir,
    DATABASE_URL: database?.url ?? '',
    OZ_RATE_LIMIT_MAX: '1000000000',
    OZ_RATE_LIMIT_CONTACT_MAX: '1000000000',
  });
  try {
    const durability =
      kind === 'postgres'
        ? await postgresDurability(database.url)
        : { journalMode: 'wal', synchronous: 'full' };
    await run(server.port, CONTACT, WRITE_CONNECTIONS, 3);
    const writes = await run(server.port, CONTACT, WRITE_CONNECTIONS, WRITE_SECONDS);
    log(
      `${kind}: contact creation ${writes.requestsPerSecond} durable writes/s, p99 ${writes.latencyP99Ms} ms`,
    );
    const directory = await run(server.port, SEARCHES, SUSTAINED_CONNECTIONS, SUSTAINED_SECONDS);
    log(
      `${kind}: directory ${SUSTAINED_CONNECTIONS} connections ${SUSTAINED_SECONDS} s: ` +
        `${directory.requestsPerSecond} req/s, p99 ${directory.latencyP99Ms} ms, ` +
        `errors ${directory.errors}, timeouts ${directory.timeouts}, non-2xx ${directory.non2xx}`,
    );
    const contact = await run(server.port, CONTACT, SUSTAINED_CONNECTIONS, SUSTAINED_SECONDS);
    log(
      `${kind}: contact creation ${SUSTAINED_CONNECTIONS} connections ${SUSTAINED_SECONDS} s: ` +
        `${contact.requestsPerSecond} req/s, p99 ${contact.latencyP99Ms} ms, ` +
        `errors ${contact.errors}, timeouts ${contact.timeouts}, non-2xx ${contact.non2xx}`,
    );
    return {
      db: kind,
      durability,
      contactCreation: writes,
      sustained: { directory, contactCreation: contact },
      sustainedWithoutErrors:
        directory.errors +
          directory.timeouts +
          directory.non2xx +
          contact.errors +
          contact.timeouts +
          contact.non2xx ===
        0,
    };
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  }
}

export default async function suite({ log }) {
  ensureServerBuilt(log);
  const postgres = process.env.OZ_TEST_DATABASE_URL || process.env.DATABASE_URL;
  const runs = [];
  for (const kind of postgres ? ['sqlite', 'postgres'] : ['sqlite']) runs.push(await measure(kind, log));
  return {
    description:
      `Compiled server, shipped directory. Contact creation: POST /api/contact-requests at ${WRITE_CONNECTIONS} ` +
      `connections for ${WRITE_SECONDS} s after 3 s of warm-up, a new idempotency key each (durable: SQLite ` +
      `synchronous=FULL, PostgreSQL as configured). Sustained: ${SUSTAINED_CONNECTIONS} connections for ` +
      `${SUSTAINED_SECONDS} s on the directory search, then on contact creation.`,
    postgres: postgres ? 'measured' : 'skipped (set OZ_TEST_DATABASE_URL)',
    runs,
  };
}
