// Crash test (issue 9): the compiled server is killed with SIGKILL again and again — ≥ 50 times on SQLite, ≥ 20
// on PostgreSQL — while clients write contact requests with idempotency keys, as the PWA's outbox does (each
// request keeps its key across retries). Then every acknowledged write must be stored exactly once with its
// history event, its audit entry and its e-mails; replays must answer the original request; the database must
// pass its integrity checks (SQLite `PRAGMA integrity_check`, PostgreSQL `amcheck` on every B-tree index and
// `verify_heapam` on every table). `npm run crash` (OZ_CRASH_SQLITE_CYCLES / OZ_CRASH_POSTGRES_CYCLES to change).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createPostgresDatabase } from '../memory/index.mjs';
import { ensureServerBuilt, startOz } from '../support/oz-process.mjs';
import { verifyStore } from './verify.mjs';

const SQLITE_CYCLES = Number(process.env.OZ_CRASH_SQLITE_CYCLES ?? 50);
const POSTGRES_CYCLES = Number(process.env.OZ_CRASH_POSTGRES_CYCLES ?? 20);
const WRITERS = 8;
/** The server is killed this long after it answers its health check (uniformly drawn). */
const KILL_AFTER_MS = [500, 4000];
const REPLAY_SAMPLE = 300;

const bodyOf = (index) => ({
  subject: index % 5 === 0 ? 'entourage' : 'self',
  firstName: `Crash ${index}`,
  phone: '06 12 34 56 78',
  ...(index % 2 === 0 ? { email: `person-${index}@example.org` } : {}),
  preferredSlots: ['morning'],
  postalCode: ['75011', '69001', '13001', '31000'][index % 4],
});

/** What the clients know: acknowledged requests by key, and keys sent without an answer (to retry). */
class Ledger {
  acknowledged = new Map();
  pending = new Map();
  next = 0;
  status5xx = 0;
  mismatches = [];

  newItem() {
    this.next += 1;
    return { key: randomUUID(), body: bodyOf(this.next) };
  }
}

async function post(port, item) {
  const response = await fetch(`http://127.0.0.1:${port}/api/contact-requests`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': item.key,
      'x-forwarded-for': `10.9.${(Math.random() * 255) | 0}.${(Math.random() * 255) | 0}`,
    },
    body: JSON.stringify(item.body),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, json: response.status < 300 ? await response.json() : undefined };
}

/** One writer: retries what was left pending (as the outbox does), else sends something new, until killed. */
async function writer(port, ledger, stopped) {
  while (!stopped.value) {
    const retry = ledger.pending.size > 0 ? ledger.pending.values().next().value : undefined;
    const item = retry ?? ledger.newItem();
    ledger.pending.set(item.key, item);
    try {
      const { status, json } = await post(port, item);
      if (status >= 500) ledger.status5xx += 1;
      if (status !== 200 && status !== 201) continue;
      const known = ledger.acknowledged.get(item.key);
      if (known !== undefined && known.id !== json.id) ledger.mismatches.push(item.key);
      ledger.acknowledged.set(item.key, { id: json.id, body: item.body, created: status === 201 });
      ledger.pending.delete(item.key);
    } catch {
      // Killed mid-request: the item stays pending and is retried with the same key.
      return;
    }
  }
}

async function cycle(env, ledger, log, index) {
  const server = await startOz(env);
  const stopped = { value: false };
  const writers = Array.from({ length: WRITERS }, () => writer(server.port, ledger, stopped));
  const [low, high] = KILL_AFTER_MS;
  await new Promise((resolve) => setTimeout(resolve, low + Math.random() * (high - low)));
  server.child.kill('SIGKILL');
  stopped.value = true;
  const { signal } = await server.exited;
  await Promise.all(writers);
  if (signal !== 'SIGKILL') throw new Error(`cycle ${index}: the server ended by itself (${signal})`);
  if ((index + 1) % 10 === 0) log(`  ${index + 1} kills, ${ledger.acknowledged.size} acknowledged`);
}

/** After the last kill: retry every pending item, replay a sample of acknowledged ones. */
async function finalPass(env, ledger) {
  const server = await startOz(env);
  try {
    for (const item of [...ledger.pending.values()]) {
      const { status, json } = await post(server.port, item);
      if (status === 200 || status === 201) {
        ledger.acknowledged.set(item.key, { id: json.id, body: item.body, created: status === 201 });
        ledger.pending.delete(item.key);
      }
    }
    const sample = [...ledger.acknowledged.entries()].sort(() => Math.random() - 0.5).slice(0, REPLAY_SAMPLE);
    let replaysWrong = 0;
    for (const [key, known] of sample) {
      const { status, json } = await post(server.port, { key, body: known.body });
      if (status !== 200 || json.id !== known.id) replaysWrong += 1;
    }
    return { replaysChecked: sample.length, replaysWrong };
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

async function crashRun(kind, cycles, log) {
  const dataDir = mkdtempSync(join(tmpdir(), 'oz-crash-'));
  const database = kind === 'postgres' ? await createPostgresDatabase() : undefined;
  const env = {
    OZ_DATA_DIR: dataDir,
    DATABASE_URL: database?.url ?? '',
    TRUST_PROXY: 'true',
    OZ_RATE_LIMIT_MAX: '1000000000',
  };
  const ledger = new Ledger();
  const started = Date.now();
  try {
    log(`${kind}: ${cycles} SIGKILL cycles…`);
    for (let index = 0; index < cycles; index += 1) await cycle(env, ledger, log, index);
    const replays = await finalPass(env, ledger);
    const store =
      kind === 'sqlite'
        ? await verifyStore({ sqlite: new Database(join(dataDir, 'oz.sqlite')) }, ledger)
        : await verifyStore({ postgres: new pg.Client({ connectionString: database.url }) }, ledger);
    const result = {
      db: kind,
      kills: cycles,
      minutes: Math.round((Date.now() - started) / 600) / 100,
      acknowledged: ledger.acknowledged.size,
      neverAcknowledged: ledger.pending.size,
      responses5xx: ledger.status5xx,
      idMismatchesOnRetry: ledger.mismatches.length,
      ...replays,
      ...store,
    };
    log(`  ${JSON.stringify(result)}`);
    return result;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  }
}

export default async function run({ log }) {
  ensureServerBuilt(log);
  const postgres = process.env.OZ_TEST_DATABASE_URL || process.env.DATABASE_URL;
  const runs = [await crashRun('sqlite', SQLITE_CYCLES, log)];
  if (postgres) runs.push(await crashRun('postgres', POSTGRES_CYCLES, log));
  const ok = runs.every(
    (r) =>
      r.lost === 0 &&
      r.duplicates === 0 &&
      r.missingCreatedEvent === 0 &&
      r.missingAuditEntry === 0 &&
      r.missingConfirmationEmail === 0 &&
      r.integrity === 'ok' &&
      r.replaysWrong === 0 &&
      r.idMismatchesOnRetry === 0 &&
      r.responses5xx === 0,
  );
  if (!ok) throw new Error(`crash test found a problem: ${JSON.stringify(runs)}`);
  return {
    description:
      `SIGKILL at a random moment (${KILL_AFTER_MS.join('–')} ms after start) while ${WRITERS} clients write ` +
      'contact requests with idempotency keys, retrying unanswered ones with the same key; then: every ' +
      'acknowledged write stored once with its created event, audit entry and confirmation e-mail; replays ' +
      'answer the original; integrity checks pass.',
    postgres: postgres ? 'measured' : 'skipped (set OZ_TEST_DATABASE_URL to run PostgreSQL)',
    runs,
  };
}
