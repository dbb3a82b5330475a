import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import type { OzDatabase } from '../../db/database.js';
import { openTestDatabase } from '../../test-support/databases.js';
import { shippedPlaces } from '../../test-support/places.js';
import { fakeWebDist } from '../../test-support/web-dist.js';

const redisUrl = process.env['OZ_TEST_REDIS_URL'];
const hasRedis = redisUrl !== undefined && redisUrl !== '';

const opened: { apps: FastifyInstance[]; databases: OzDatabase[]; prefixes: string[] } = {
  apps: [],
  databases: [],
  prefixes: [],
};

afterEach(async () => {
  for (const app of opened.apps.splice(0)) await app.close();
  for (const database of opened.databases.splice(0)) await database.destroy();
  if (hasRedis) {
    const redis = new Redis(redisUrl);
    for (const prefix of opened.prefixes.splice(0)) {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
    }
    await redis.quit();
  }
});

async function anApp(environment: Record<string, string>, database?: OzDatabase): Promise<FastifyInstance> {
  const db = database ?? (await openTestDatabase('sqlite'));
  if (database === undefined) opened.databases.push(db);
  const app = await buildApp({
    config: loadConfig({ OZ_WEB_DIST: fakeWebDist(), LOG_LEVEL: 'silent', ...environment }),
    database: db,
    places: shippedPlaces(),
    logger: false,
    loadShippedData: false,
  });
  await app.ready();
  opened.apps.push(app);
  return app;
}

/** A Redis key prefix of its own, so parallel test runs on one Redis never share counters. */
function redisEnvironment(): Record<string, string> {
  const prefix = `oz-test-${randomUUID().slice(0, 8)}:`;
  opened.prefixes.push(prefix);
  return { REDIS_URL: redisUrl ?? '', OZ_REDIS_KEY_PREFIX: prefix };
}

const status = async (app: FastifyInstance, method: 'GET' | 'POST', url: string, payload?: object) =>
  (await app.inject({ method, url, ...(payload === undefined ? {} : { payload }) })).statusCode;

describe('rate limiting', () => {
  it('answers 429 with the error shape once the window is used up, and never counts static files', async () => {
    const app = await anApp({ OZ_RATE_LIMIT_MAX: '2' });
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt += 1)
      statuses.push(await status(app, 'GET', '/api/places?q=Par'));
    expect(statuses).toEqual([200, 200, 429]);
    const limited = await app.inject({ method: 'GET', url: '/api/places?q=Par' });
    expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.headers['x-ratelimit-limit']).toBe('2');
    expect(limited.headers['x-ratelimit-remaining']).toBe('0');
    expect(await status(app, 'GET', '/')).toBe(200);
    expect(await status(app, 'GET', '/api/health')).toBe(200);
  });

  it('counts in each process’s memory without Redis: two processes count on their own (the documented trade-off)', async () => {
    const database = await openTestDatabase('sqlite');
    opened.databases.push(database);
    const [first, second] = [
      await anApp({ OZ_RATE_LIMIT_MAX: '2' }, database),
      await anApp({ OZ_RATE_LIMIT_MAX: '2' }, database),
    ];
    const hit = (app: FastifyInstance) => status(app, 'GET', '/api/places?q=Par');
    expect([await hit(first), await hit(first), await hit(first)]).toEqual([200, 200, 429]);
    expect(await hit(second)).toBe(200);
  });

  it.runIf(hasRedis)('shares one budget between two processes when the counters are in Redis', async () => {
    const database = await openTestDatabase('sqlite');
    opened.databases.push(database);
    const environment = { OZ_RATE_LIMIT_MAX: '3', ...redisEnvironment() };
    const [first, second] = [await anApp(environment, database), await anApp(environment, database)];
    const hit = (app: FastifyInstance) => status(app, 'GET', '/api/places?q=Par');
    expect([await hit(first), await hit(second), await hit(first), await hit(second)]).toEqual([
      200, 200, 200, 429,
    ]);
  });

  it('lets requests through uncounted while Redis is unreachable, rather than failing them', async () => {
    // Nothing listens on port 1: every count fails, and the service stays up (docs/reliability.md).
    const app = await anApp({ OZ_RATE_LIMIT_MAX: '1', REDIS_URL: 'redis://127.0.0.1:1' });
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt += 1)
      statuses.push(await status(app, 'GET', '/api/places?q=Par'));
    expect(statuses).toEqual([200, 200, 200]);
  });

  it('keeps separate counters for routes with their own limits (sign-ins never block invitation codes)', async () => {
    const app = await anApp({});
    const signIns: number[] = [];
    for (let attempt = 0; attempt < 21; attempt += 1) {
      signIns.push(
        await status(app, 'POST', '/api/pro/session', {
          email: `n${attempt}@example.org`,
          password: 'wrong',
        }),
      );
    }
    expect(signIns.at(-1)).toBe(429);
    const redeem = await status(app, 'POST', '/api/shares', { code: 'NOPE-NOPE' });
    expect(redeem).not.toBe(429);
    expect(redeem).toBeGreaterThanOrEqual(400);
  });

  it.each([
    ['OZ_RATE_LIMIT_CONTACT_MAX', '/api/contact-requests'],
    ['OZ_RATE_LIMIT_LOGIN_MAX', '/api/pro/session'],
    ['OZ_RATE_LIMIT_SHARE_MAX', '/api/shares'],
    ['OZ_RATE_LIMIT_STATS_MAX', '/api/stats/counts'],
  ])('takes the limit of a limited route from %s', async (variable, url) => {
    const app = await anApp({ [variable]: '2' });
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt += 1) statuses.push(await status(app, 'POST', url, {}));
    expect(statuses.slice(0, 2)).not.toContain(429);
    expect(statuses[2]).toBe(429);
  });
});

// Issue 9: the limit used to be skipped when the raw URL did not start with /api/, while the router decodes
// `%61` to `a` — `POST /%61pi/shares` was served without any limit after `/api/shares` answered 429.
describe.each([
  { store: 'memory', environment: (): Record<string, string> => ({}) },
  ...(hasRedis ? [{ store: 'redis', environment: redisEnvironment }] : []),
])('rate limits decided on the matched route (counters in $store)', ({ environment }) => {
  const limits = {
    OZ_RATE_LIMIT_MAX: '2',
    OZ_RATE_LIMIT_CONTACT_MAX: '2',
    OZ_RATE_LIMIT_LOGIN_MAX: '2',
    OZ_RATE_LIMIT_SHARE_MAX: '2',
  };
  const routes: { name: string; method: 'GET' | 'POST'; url: string; variants: string[]; body?: object }[] = [
    {
      name: 'global limit',
      method: 'GET',
      url: '/api/places?q=Par',
      variants: [
        '/%61pi/places?q=Par',
        '/api/%70laces?q=Par',
        '/%61%70%69/places?q=Par',
        '/api/places/?q=Par',
      ],
    },
    {
      name: 'invitation codes',
      method: 'POST',
      url: '/api/shares',
      variants: ['/%61pi/shares', '/api/%73hares', '/api/shares/', '/%61pi/%73hares/'],
      body: { code: 'NOPE-NOPE' },
    },
    {
      name: 'sign-in',
      method: 'POST',
      url: '/api/pro/session',
      variants: ['/%61pi/pro/session', '/api/%70ro/%73ession', '/api/pro/session/'],
      body: { email: 'nobody@example.org', password: 'wrong' },
    },
    {
      name: 'contact requests',
      method: 'POST',
      url: '/api/contact-requests',
      variants: ['/%61pi/contact-requests', '/api/contact%2Drequests', '/api/contact-requests/'],
      body: {},
    },
  ];

  it.each(routes)(
    '$name: every encoded spelling of the path is refused once the limit is reached',
    async (route) => {
      const app = await anApp({ ...limits, ...environment() });
      for (let attempt = 0; attempt < 2; attempt += 1) {
        expect(await status(app, route.method, route.url, route.body)).not.toBe(429);
      }
      expect(await status(app, route.method, route.url, route.body)).toBe(429);
      for (const variant of route.variants) {
        const response = await app.inject({
          method: route.method,
          url: variant,
          ...(route.body ? { payload: route.body } : {}),
        });
        expect({ variant, status: response.statusCode }).toEqual({ variant, status: 429 });
      }
    },
  );

  it.each(routes)(
    '$name: encoded spellings count towards the same budget as the plain path',
    async (route) => {
      const app = await anApp({ ...limits, ...environment() });
      for (const variant of route.variants.slice(0, 2)) {
        expect(await status(app, route.method, variant, route.body)).not.toBe(429);
      }
      expect(await status(app, route.method, route.url, route.body)).toBe(429);
    },
  );
});
