// Property-based fuzzing of every API route (issue 9), bounded for `npm test` (OZ_FUZZ_RUNS requests per
// database, 200 by default; `npm run bench -- fuzz` runs far more against the compiled server): whatever arrives,
// no answer is a 5xx, every 4xx has the error shape, and the server still answers its health check.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../test-support/databases.js';
import { STRUCTURE_A, STRUCTURE_B, buildProTestApp, signIn } from '../test-support/pro-app.js';
import type { ProTestApp } from '../test-support/pro-app.js';
import { contextOf, headersFor } from './fuzz-context.js';
import type { Session } from './fuzz-context.js';
import { fuzzRequest, problemOf, routesOf } from './requests.js';
import type { Caller, FuzzContext, FuzzRoute } from './requests.js';

const RUNS = Number(process.env['OZ_FUZZ_RUNS'] ?? 200);

describe.each(TEST_DATABASE_KINDS)('API fuzzing (%s)', (kind) => {
  let context: ProTestApp;
  let routes: FuzzRoute[];
  let target: FuzzContext;
  let sessions: Record<Exclude<Caller, 'anonymous'>, Session>;

  beforeAll(async () => {
    context = await buildProTestApp(kind, { OZ_RATE_LIMIT_MAX: '1000000' });
    const { app, users } = context;
    const [professional, structureAdmin, platformAdmin] = await Promise.all([
      signIn(app, 'pro.a@oz.test'),
      signIn(app, 'admin.a@oz.test'),
      signIn(app, 'platform@oz.test'),
    ]);
    sessions = {
      professional,
      structure_admin: structureAdmin,
      platform_admin: platformAdmin,
    };
    routes = routesOf((await app.inject({ method: 'GET', url: '/api/docs/json' })).json());
    target = await contextOf(app, {
      structureIds: [STRUCTURE_A, STRUCTURE_B],
      userIds: [users.proA, users.proB, users.adminA],
    });
  });
  afterAll(async () => {
    await context.close();
  });

  it('covers every API route of the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining([
        'POST /api/contact-requests',
        'PUT /api/shares/{id}/data',
        'GET /api/pro/audit',
        'POST /api/pro/team-invitations',
        'DELETE /api/pro/team-invitations/{id}',
        'POST /api/pro/team-invitations/accept',
      ]),
    );
  });

  it(
    `answers ${RUNS} hostile requests without a 5xx, every 4xx in the error shape`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fuzzRequest(routes, target), async (request) => {
          const response = await context.app.inject({
            method: request.method as 'GET',
            url: request.url,
            headers: headersFor(request.caller, sessions, request.headers),
            ...(request.payload === undefined ? {} : { payload: request.payload }),
          });
          expect(
            problemOf(response.statusCode, response.body),
            `${request.method} ${request.url}`,
          ).toBeUndefined();
        }),
        { numRuns: RUNS },
      );
      expect((await context.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      // A hang guard that grows with the number of runs (a shared 2-core machine), not a speed assertion.
    },
    20_000 + RUNS * 100,
  );
});
