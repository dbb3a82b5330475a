// A whole Oz app for workspace and contact-request tests: a fresh database (SQLite, or PostgreSQL when
// OZ_TEST_DATABASE_URL is set), a fake clock, two structures on Oz (A serves Paris, B serves Lyon) and one
// account per role. `signIn` returns what a browser would hold: the session cookie and the CSRF token.
import type { ProRole } from '@oz/contracts';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { vi } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { DatabaseKind, OzDatabase } from '../db/database.js';
import { StructuresRepository } from '../db/repositories/structures.repository.js';
import { hashPassword } from '../pro/password.js';
import { openTestDatabase } from './databases.js';
import { shippedPlaces } from './places.js';
import { aStructureRecord } from './structure-record.fixture.js';

export const TEST_PASSWORD = 'correct horse battery staple';
export const STRUCTURE_A = 'curated-test-a';
export const STRUCTURE_B = 'curated-test-b';
export const STRUCTURE_UNLISTED = 'curated-test-c';

export class FakeClock {
  constructor(public current: Date = new Date('2026-03-02T09:00:00.000Z')) {}
  now = (): Date => new Date(this.current.getTime());
  advanceHours(hours: number): void {
    this.current = new Date(this.current.getTime() + hours * 3_600_000);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export interface TestUsers {
  platformAdmin: string;
  adminA: string;
  proA: string;
  proA2: string;
  adminB: string;
  proB: string;
}

export interface ProTestApp {
  app: FastifyInstance;
  database: OzDatabase;
  clock: FakeClock;
  users: TestUsers;
  close(): Promise<void>;
}

export interface Browser {
  cookie: string;
  csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export async function buildProTestApp(
  kind: DatabaseKind,
  env: Record<string, string> = {},
): Promise<ProTestApp> {
  vi.stubEnv('OZ_JOBS_INTERVAL_MS', '0');
  vi.stubEnv('SMTP_URL', '');
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const clock = new FakeClock();
  const database = await openTestDatabase(kind);
  await new StructuresRepository(database.db).importRecords(
    [
      aStructureRecord({ sourceId: 'test-a', name: 'CSAPA Paris Centre' }),
      aStructureRecord({
        sourceId: 'test-b',
        name: 'CSAPA Lyon',
        postalCode: '69001',
        city: 'Lyon',
        departement: '69',
      }),
      aStructureRecord({
        sourceId: 'test-c',
        name: 'CJC Marseille',
        type: 'cjc',
        postalCode: '13001',
        departement: '13',
      }),
    ],
    { source: 'curated', format: 'csv', fileName: 'test.csv', dataDate: null, rejected: 0 },
    clock.now(),
  );
  const app = await buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent', ...env }),
    database,
    places: shippedPlaces(),
    now: clock.now,
    loadShippedData: false,
    logger: false,
  });
  await app.ready();
  vi.unstubAllEnvs();
  const admin = 'platform-admin';
  const { profiles } = app.store.repositories;
  await profiles.upsert(STRUCTURE_A, { servesDepartements: ['75', '92'] }, admin, clock.now());
  await profiles.upsert(STRUCTURE_B, { servesDepartements: ['69'] }, admin, clock.now());
  // Written behind the routes' back: tell the in-memory directory, as a route would.
  await app.directory.changed();
  const users: TestUsers = {
    platformAdmin: await createUser(app, 'platform@oz.test', 'platform_admin', null),
    adminA: await createUser(app, 'admin.a@oz.test', 'structure_admin', STRUCTURE_A),
    proA: await createUser(app, 'pro.a@oz.test', 'professional', STRUCTURE_A),
    proA2: await createUser(app, 'pro.a2@oz.test', 'professional', STRUCTURE_A),
    adminB: await createUser(app, 'admin.b@oz.test', 'structure_admin', STRUCTURE_B),
    proB: await createUser(app, 'pro.b@oz.test', 'professional', STRUCTURE_B),
  };
  return {
    app,
    database,
    clock,
    users,
    async close() {
      await app.close();
      await database.destroy();
    },
  };
}

let passwordHash: Promise<string> | undefined;

async function createUser(
  app: FastifyInstance,
  email: string,
  role: ProRole,
  structureId: string | null,
): Promise<string> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const displayName = email.split('@')[0] ?? email;
  const row = await app.store.repositories.users.create(
    { email, displayName, passwordHash: await passwordHash, role, structureId, mustChangePassword: false },
    app.ozOptions.now(),
  );
  return row.id;
}

/** Signs in like the workspace does and returns a client that sends the cookie and the CSRF token. */
export async function signIn(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<Browser> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/pro/session',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((candidate) => candidate.name === 'oz_pro_session');
  if (cookie === undefined) throw new Error('no session cookie');
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  const header = `oz_pro_session=${cookie.value}`;
  return {
    cookie: header,
    csrfToken,
    request: (options) =>
      app.inject({ ...options, headers: { cookie: header, 'x-csrf-token': csrfToken, ...options.headers } }),
  };
}
