// Scale-out, tested (issue 13, ADR 0006, docs/architecture.md stage 2): two real server processes (the entry
// point, as production starts it) on one PostgreSQL database and one Redis. A rate limit is shared (the 6th
// sign-in attempt on B after 5 on A is refused); a session opened on A works on B (and signing out on B ends it
// on A); a structure's entry saved on A is served by B within OZ_DIRECTORY_MAX_STALENESS_MS; the 36 h alert and
// the e-mails are sent once, not twice, while both processes poll the jobs. Needs OZ_TEST_DATABASE_URL and
// OZ_TEST_REDIS_URL (CI sets both): skipped, loudly, only outside CI.
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { StructureProfilesRepository } from './db/repositories/structure-profiles.repository.js';
import { StructuresRepository } from './db/repositories/structures.repository.js';
import { UsersRepository } from './db/repositories/users.repository.js';
import { hashPassword } from './pro/password.js';
import { SecretBox } from './pro/secret-box.js';
import { aContactRequestBody } from './test-support/contact-request.fixture.js';
import { startServerProcess } from './test-support/server-process.js';
import type { ServerProcess } from './test-support/server-process.js';
import { startTestSmtp } from './test-support/smtp.js';
import type { TestSmtp } from './test-support/smtp.js';
import { aStructureRecord } from './test-support/structure-record.fixture.js';

const postgresUrl = process.env['OZ_TEST_DATABASE_URL'] ?? '';
const redisUrl = process.env['OZ_TEST_REDIS_URL'] ?? '';
const available = postgresUrl !== '' && redisUrl !== '';
const inCi = process.env['CI'] === 'true' || process.env['CI'] === '1';
if (!available && !inCi) {
  console.warn('scale-out.test.ts SKIPPED: set OZ_TEST_DATABASE_URL and OZ_TEST_REDIS_URL to run it');
}

const PASSWORD = 'correct horse battery staple';
const STRUCTURE = 'curated-scale-a';
const BOUND_MS = 1000;
const LOGIN_MAX = 5;

interface Answer {
  status: number;
  body: Record<string, unknown>;
  cookie: string | undefined;
}

/** One HTTP call to a process, from a client address of the test's choosing (TRUST_PROXY is on). */
async function call(
  server: ServerProcess,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; client?: string } = {},
): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${server.port}${path}`, {
    method,
    headers: {
      'x-forwarded-for': options.client ?? '198.51.100.1',
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('oz_pro_session='));
  return {
    status: response.status,
    body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
    cookie: cookie?.split(';')[0],
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Structures, the team of STRUCTURE (an admin and a professional): what both processes will find. */
async function seed(databaseUrl: string, secretsKey: Buffer): Promise<void> {
  const database = openDatabase({ databaseUrl, sqliteDir: ':memory:', postgresPoolSize: 2 });
  const box = new SecretBox(secretsKey);
  const now = new Date();
  try {
    await migrateToLatest(database.db, undefined, { secrets: box });
    // An import is recorded: the processes will not import the shipped directory at first start.
    await new StructuresRepository(database.db).importRecords(
      [
        aStructureRecord({ sourceId: 'scale-a', name: 'CSAPA Paris Centre' }),
        aStructureRecord({ sourceId: 'scale-b', name: 'CSAPA Lyon', postalCode: '69001', departement: '69' }),
      ],
      { source: 'curated', format: 'csv', fileName: 'scale.csv', dataDate: null, rejected: 0 },
      now,
    );
    await new StructureProfilesRepository(database.db).upsert(
      STRUCTURE,
      { servesDepartements: ['75'] },
      'platform-admin',
      now,
    );
    const users = new UsersRepository(database.db, box);
    const passwordHash = await hashPassword(PASSWORD);
    for (const [email, role] of [
      ['admin.scale@oz.test', 'structure_admin'],
      ['pro.scale@oz.test', 'professional'],
    ] as const) {
      await users.create(
        { email, displayName: email, passwordHash, role, structureId: STRUCTURE, mustChangePassword: false },
        now,
      );
    }
  } finally {
    await database.destroy();
  }
}

describe('scale-out in CI', () => {
  it.runIf(inCi)('has PostgreSQL and Redis (OZ_TEST_DATABASE_URL, OZ_TEST_REDIS_URL)', () => {
    expect({ postgresUrl, redisUrl }).toEqual({
      postgresUrl: expect.any(String),
      redisUrl: expect.any(String),
    });
    expect(available).toBe(true);
  });
});

describe.skipIf(!available)('two processes on one PostgreSQL and one Redis', () => {
  const databaseName = `oz_scale_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const databaseUrl = (() => {
    if (!available) return '';
    const url = new URL(postgresUrl);
    url.pathname = `/${databaseName}`;
    return url.toString();
  })();
  let smtp: TestSmtp;
  let a: ServerProcess;
  let b: ServerProcess;

  // A hang guard, not a speed assertion: two processes compile the server (tsx) on 2 shared cores.
  beforeAll(async () => {
    await adminQuery(postgresUrl, `create database ${databaseName}`);
    const secretsKey = randomBytes(32);
    await seed(databaseUrl, secretsKey);
    smtp = await startTestSmtp();
    const environment = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      OZ_REDIS_KEY_PREFIX: `oz-scale-${randomUUID().slice(0, 8)}:`,
      OZ_SECRETS_KEY: secretsKey.toString('base64'),
      TRUST_PROXY: 'true',
      OZ_RATE_LIMIT_LOGIN_MAX: String(LOGIN_MAX),
      OZ_DIRECTORY_MAX_STALENESS_MS: String(BOUND_MS),
      OZ_JOBS_INTERVAL_MS: '100',
      SMTP_URL: smtp.url,
      LOG_LEVEL: 'debug',
    };
    [a, b] = await Promise.all([startServerProcess(environment), startServerProcess(environment)]);
  }, 150_000);

  afterAll(async () => {
    a?.cleanup();
    b?.cleanup();
    await Promise.all([a?.exited, b?.exited]);
    await smtp?.close();
    if (available) await adminQuery(postgresUrl, `drop database if exists ${databaseName} with (force)`);
  });

  it('shares a rate limit: the 6th sign-in attempt on B after 5 on A is refused', async () => {
    const client = '203.0.113.6';
    const attempt = (server: ServerProcess, index: number) =>
      call(server, 'POST', '/api/pro/session', {
        client,
        body: { email: `nobody-${index}@oz.test`, password: 'not the password' },
      });
    for (let index = 0; index < LOGIN_MAX; index += 1) expect((await attempt(a, index)).status).toBe(401);
    const sixth = await attempt(b, LOGIN_MAX);
    expect(sixth.status).toBe(429);
    expect(sixth.body).toMatchObject({ error: { code: 'rate_limited' } });
    // Another address is still counted on its own.
    const other = await call(b, 'POST', '/api/pro/session', {
      client: '203.0.113.7',
      body: { email: 'nobody@oz.test', password: 'not the password' },
    });
    expect(other.status).toBe(401);
  });

  it('serves on B a session opened on A, and signing out on B ends it on A', async () => {
    const client = '203.0.113.8';
    const opened = await call(a, 'POST', '/api/pro/session', {
      client,
      body: { email: 'pro.scale@oz.test', password: PASSWORD },
    });
    expect(opened.status).toBe(200);
    const cookie = opened.cookie ?? '';
    expect(cookie).toMatch(/^oz_pro_session=/);
    const onB = await call(b, 'GET', '/api/pro/session', { client, headers: { cookie } });
    expect(onB.status).toBe(200);
    expect(onB.body).toMatchObject({ user: { email: 'pro.scale@oz.test' } });
    // The CSRF token computed by A is accepted by B (shared HMAC key).
    const csrfToken = String(opened.body['csrfToken']);
    const signedOut = await call(b, 'DELETE', '/api/pro/session', {
      client,
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(signedOut.status).toBe(204);
    expect((await call(a, 'GET', '/api/pro/session', { client, headers: { cookie } })).status).toBe(401);
  });

  it('serves on B a structure entry saved on A once the staleness bound has passed', async () => {
    const client = '203.0.113.9';
    const path = `/api/structures/${STRUCTURE}`;
    expect((await call(b, 'GET', path, { client })).body).toMatchObject({ waitTimeDays: null });
    const signedIn = await call(a, 'POST', '/api/pro/session', {
      client,
      body: { email: 'admin.scale@oz.test', password: PASSWORD },
    });
    expect(signedIn.status).toBe(200);
    const saved = await call(a, 'PUT', `/api/pro/structures/${STRUCTURE}`, {
      client,
      headers: { cookie: signedIn.cookie ?? '', 'x-csrf-token': String(signedIn.body['csrfToken']) },
      body: { waitTimeDays: 45, acceptingNewPeople: false },
    });
    expect(saved.status).toBe(200);
    // A serves its own change at once; B within the bound after the commit, whatever its timer did meanwhile.
    expect((await call(a, 'GET', path, { client })).body).toMatchObject({ waitTimeDays: 45 });
    await sleep(BOUND_MS + 1);
    expect((await call(b, 'GET', path, { client })).body).toMatchObject({
      waitTimeDays: 45,
      acceptingNewPeople: false,
    });
    const search = await call(b, 'GET', '/api/structures?near=75002&limit=5', { client });
    expect(search.body['structures']).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: STRUCTURE, waitTimeDays: 45 })]),
    );
  });

  it(
    'sends the 36 h alert and each e-mail once while both processes run the jobs',
    { timeout: 40_000 },
    async () => {
      const created = await call(b, 'POST', '/api/contact-requests', {
        client: '203.0.113.10',
        headers: { 'idempotency-key': randomUUID() },
        body: aContactRequestBody({ email: 'camille@example.org', postalCode: '75011' }),
      });
      expect(created.status).toBe(201);
      // The request is made 37 h old and the alert job due now: both processes (polling every 100 ms) race for
      // it. Once it has run, the mail job is made due: they race again.
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const makeDue = (job: string) =>
          client.query('update scheduled_jobs set next_run_at = $1 where name = $2', [
            new Date().toISOString(),
            job,
          ]);
        const longAgo = new Date(Date.now() - 37 * 3_600_000).toISOString();
        await client.query('update contact_requests set created_at = $1 where id = $2', [
          longAgo,
          created.body['id'],
        ]);
        await makeDue('contact-alerts');
        await vi.waitFor(
          async () => {
            const { rows } = await client.query<{ alert_sent_at: string | null }>(
              'select alert_sent_at from contact_requests where id = $1',
              [created.body['id']],
            );
            expect(rows[0]?.alert_sent_at).not.toBeNull();
          },
          { timeout: 15_000, interval: 100 },
        );
        await makeDue('mail');
      } finally {
        await client.end();
      }
      const alertsTo = (address: string) =>
        smtp.received.filter((mail) => mail.to.includes(address) && subjectOf(mail.raw).includes('Alerte'))
          .length;
      await vi.waitFor(
        () => {
          expect(alertsTo('admin.scale@oz.test')).toBeGreaterThan(0);
          expect(alertsTo('pro.scale@oz.test')).toBeGreaterThan(0);
        },
        { timeout: 15_000, interval: 100 },
      );
      // Many more polls of both processes: nothing is sent again.
      await sleep(1500);
      const byRecipientAndSubject = new Map<string, number>();
      for (const mail of smtp.received) {
        const key = `${mail.to.join(',')} ${subjectOf(mail.raw)}`;
        byRecipientAndSubject.set(key, (byRecipientAndSubject.get(key) ?? 0) + 1);
      }
      expect([...byRecipientAndSubject.values()].every((count) => count === 1)).toBe(true);
      expect(alertsTo('admin.scale@oz.test')).toBe(1);
      expect(alertsTo('pro.scale@oz.test')).toBe(1);
      expect(smtp.received.filter((mail) => mail.to.includes('camille@example.org'))).toHaveLength(1);
      // One run of the alert job alerted, across both processes.
      const alerted = [...a.logs, ...b.logs].filter(
        (line) => line['job'] === 'contact-alerts' && /^alerted 1\b/.test(String(line['outcome'])),
      );
      expect(alerted).toHaveLength(1);
    },
  );
});

/** The Subject header, unfolded and decoded from its RFC 2047 `=?UTF-8?Q?…?=` words. */
function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  const words = [...header.matchAll(/=\?UTF-8\?Q\?([^?]*)\?=/gi)].map((match) => match[1] ?? '');
  if (words.length === 0) return header.trim();
  const encoded = words.join('').replaceAll('_', ' ');
  const bytes: number[] = [];
  for (let index = 0; index < encoded.length; index += 1) {
    if (encoded[index] === '=') {
      bytes.push(Number.parseInt(encoded.slice(index + 1, index + 3), 16));
      index += 2;
    } else bytes.push(encoded.charCodeAt(index));
  }
  return Buffer.from(bytes).toString('utf8');
}
