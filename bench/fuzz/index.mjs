// Long fuzzing run (issue 9): the same fast-check request generator as `npm test` (apps/server/src/fuzz), for
// OZ_BENCH_FUZZ_SECONDS (default 120) per database against the compiled server in its own process, as an
// anonymous caller, a professional, a structure admin and a platform admin. Property: no 5xx, every 4xx in the
// error shape, and the process still answers its health check at the end. A failure stops the run and is
// reported with fast-check's shrunk counterexample and seed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { createPostgresDatabase } from '../memory/index.mjs';
import { ensureServerBuilt, root, startOz } from '../support/oz-process.mjs';

const SECONDS = Number(process.env.OZ_BENCH_FUZZ_SECONDS ?? 120);
const PASSWORD = 'bench fuzz password 1';
const STRUCTURE_A = 'curated-idf-001';
const STRUCTURE_B = 'curated-idf-002';

const load = (file) => import(pathToFileURL(join(root, 'apps/server/dist', file)).href);

async function call(base, method, path, { body, session, headers = {} } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(session === undefined ? {} : { cookie: session.cookie, 'x-csrf-token': session.csrfToken }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    redirect: 'manual',
  });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

async function signIn(base, email, password) {
  const response = await call(base, 'POST', '/api/pro/session', { body: { email, password } });
  if (response.status !== 200) throw new Error(`sign-in of ${email}: ${response.status} ${response.text}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  return { cookie, csrfToken: JSON.parse(response.text).csrfToken };
}

/** A platform admin by CLI (as an operator would), then two structures on Oz and their people. */
async function populate(base, env) {
  const created = spawnSync(
    process.execPath,
    [
      'apps/server/dist/cli/oz.js',
      'create-user',
      '--role',
      'admin',
      '--email',
      'platform@bench.test',
      '--password-stdin',
    ],
    { cwd: root, env: { ...process.env, ...env }, input: PASSWORD },
  );
  if (created.status !== 0) throw new Error(`create-user failed: ${created.stderr}`);
  const platform = await signIn(base, 'platform@bench.test', PASSWORD);
  const userIds = [];
  for (const [structureId, departement] of [
    [STRUCTURE_A, '75'],
    [STRUCTURE_B, '93'],
  ]) {
    await call(base, 'PUT', `/api/pro/structures/${structureId}`, {
      session: platform,
      body: { servesDepartements: [departement] },
    });
  }
  const sessions = { platform_admin: platform };
  for (const [role, email] of [
    ['professional', 'pro@bench.test'],
    ['structure_admin', 'admin@bench.test'],
  ]) {
    const response = await call(base, 'POST', '/api/pro/users', {
      session: platform,
      body: { email, displayName: role, role, structureId: STRUCTURE_A },
    });
    const { user, temporaryPassword } = JSON.parse(response.text);
    userIds.push(user.id);
    const first = await signIn(base, email, temporaryPassword);
    await call(base, 'PUT', '/api/pro/me/password', {
      session: first,
      body: { currentPassword: temporaryPassword, newPassword: PASSWORD },
    });
    sessions[role] = await signIn(base, email, PASSWORD);
  }
  return { sessions, userIds };
}

async function fuzzRun(kind, log) {
  const { fuzzRequest, problemOf, routesOf } = await load('fuzz/requests.js');
  const { validBodies, headersFor } = await load('fuzz/fuzz-context.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'oz-bench-fuzz-'));
  const database = kind === 'postgres' ? await createPostgresDatabase() : undefined;
  const env = { OZ_DATA_DIR: dataDir, DATABASE_URL: database?.url ?? '', OZ_RATE_LIMIT_MAX: '1000000000' };
  const server = await startOz(env);
  const base = `http://127.0.0.1:${server.port}`;
  try {
    const { sessions, userIds } = await populate(base, env);
    const routes = routesOf(JSON.parse((await call(base, 'GET', '/api/docs/json')).text));
    const submitted = await call(base, 'POST', '/api/contact-requests', {
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: { subject: 'self', firstName: 'Fuzz', phone: '0612345678', postalCode: '75011' },
    });
    const request = JSON.parse(submitted.text);
    const context = {
      ids: [request.id, STRUCTURE_A, STRUCTURE_B, ...userIds],
      bearerTokens: [request.trackingToken],
      validBodies: validBodies(STRUCTURE_A, userIds[0]),
    };
    const statuses = {};
    let runs = 0;
    const outcome = await fc.check(
      fc.asyncProperty(fuzzRequest(routes, context), async (generated) => {
        runs += 1;
        const response = await call(base, generated.method, generated.url, {
          headers: headersFor(generated.caller, sessions, generated.headers),
          body: generated.payload,
        });
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        const problem = problemOf(response.status, response.text);
        if (problem !== undefined) throw new Error(`${generated.method} ${generated.url}: ${problem}`);
      }),
      { numRuns: 10_000_000, interruptAfterTimeLimit: SECONDS * 1000, markInterruptAsFailure: false },
    );
    const healthy = (await call(base, 'GET', '/api/health')).status === 200;
    const responses5xx = Object.entries(statuses)
      .filter(([status]) => Number(status) >= 500)
      .reduce((sum, [, count]) => sum + count, 0);
    const result = {
      db: kind,
      seconds: SECONDS,
      routes: routes.length,
      requests: runs,
      responses5xx,
      failure: outcome.failed ? fc.defaultReportMessage(outcome)?.slice(0, 2000) : null,
      serverUp: healthy && server.child.exitCode === null,
      statuses,
    };
    log(`${kind}: ${runs} requests on ${routes.length} routes, 5xx ${responses5xx}, up ${result.serverUp}`);
    return result;
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  }
}

export default async function run({ log }) {
  ensureServerBuilt(log);
  const postgres = process.env.OZ_TEST_DATABASE_URL || process.env.DATABASE_URL;
  const runs = [await fuzzRun('sqlite', log)];
  if (postgres) runs.push(await fuzzRun('postgres', log));
  if (runs.some((r) => r.failure !== null || !r.serverUp)) {
    throw new Error(
      `fuzzing found a problem: ${JSON.stringify(runs.map((r) => r.failure ?? 'server down'))}`,
    );
  }
  return {
    description:
      `fast-check requests to every OpenAPI route for ${SECONDS} s per database against the compiled server ` +
      '(hostile fields, malformed JSON, odd path and query values, wrong tokens, every caller role).',
    runs,
  };
}
