// Each role × each workspace route, on resources of structure A: a professional or admin of structure B gets
// 403/404 on everything of A; professionals never administer; anonymous callers always get 401.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../../test-support/databases.js';
import { submitContactRequest } from '../../../test-support/contact-request.fixture.js';
import { STRUCTURE_A, buildProTestApp, signIn } from '../../../test-support/pro-app.js';
import type { Browser, ProTestApp } from '../../../test-support/pro-app.js';

const ROLES = ['anonymous', 'proA', 'adminA', 'proB', 'adminB', 'platformAdmin'] as const;
type Role = (typeof ROLES)[number];
type Expected = Record<Role, number>;

const EMAILS: Record<Exclude<Role, 'anonymous'>, string> = {
  proA: 'pro.a@oz.test',
  adminA: 'admin.a@oz.test',
  proB: 'pro.b@oz.test',
  adminB: 'admin.b@oz.test',
  platformAdmin: 'platform@oz.test',
};

const expect6 = (
  anonymous: number,
  proA: number,
  adminA: number,
  proB: number,
  adminB: number,
  platformAdmin: number,
): Expected => ({
  anonymous,
  proA,
  adminA,
  proB,
  adminB,
  platformAdmin,
});

describe.each(TEST_DATABASE_KINDS)('RBAC matrix (%s)', (kind) => {
  let context: ProTestApp;
  let browsers: Record<Exclude<Role, 'anonymous'>, Browser>;
  let requestA: string;
  let platformRequest: string;
  let shareA: string;

  beforeAll(async () => {
    context = await buildProTestApp(kind);
    const entries = await Promise.all(
      Object.entries(EMAILS).map(async ([role, email]) => [role, await signIn(context.app, email)] as const),
    );
    browsers = Object.fromEntries(entries) as Record<Exclude<Role, 'anonymous'>, Browser>;
    requestA = (await submitContactRequest(context.app, { postalCode: '75011' })).id;
    platformRequest = (await submitContactRequest(context.app, { postalCode: '13001' })).id;
    const invitation = await browsers.proA.request({
      method: 'POST',
      url: '/api/pro/invitations',
      payload: {},
    });
    const redeemed = await context.app.inject({
      method: 'POST',
      url: '/api/shares',
      payload: { code: invitation.json().code },
    });
    shareA = redeemed.json().id;
  });
  afterAll(async () => {
    await context?.close();
  });

  function call(role: Role, options: InjectOptions): Promise<LightMyRequestResponse> {
    return role === 'anonymous' ? context.app.inject(options) : browsers[role].request(options);
  }

  let emailCounter = 0;
  const cases: [string, () => InjectOptions, Expected][] = [
    [
      'GET session',
      () => ({ method: 'GET', url: '/api/pro/session' }),
      expect6(401, 200, 200, 200, 200, 200),
    ],
    ['GET queue', () => ({ method: 'GET', url: '/api/pro/requests' }), expect6(401, 200, 200, 200, 200, 200)],
    [
      'POST me/totp',
      () => ({ method: 'POST', url: '/api/pro/me/totp' }),
      expect6(401, 200, 200, 200, 200, 200),
    ],
    [
      'PUT me/password with a wrong current password',
      () => ({
        method: 'PUT',
        url: '/api/pro/me/password',
        payload: { currentPassword: 'wrong', newPassword: 'x'.repeat(12) },
      }),
      expect6(401, 403, 403, 403, 403, 403),
    ],
    [
      'GET queue of A',
      () => ({ method: 'GET', url: `/api/pro/requests?structureId=${STRUCTURE_A}` }),
      expect6(401, 200, 200, 403, 403, 200),
    ],
    [
      'GET request of A',
      () => ({ method: 'GET', url: `/api/pro/requests/${requestA}` }),
      expect6(401, 200, 200, 404, 404, 200),
    ],
    [
      'GET platform request',
      () => ({ method: 'GET', url: `/api/pro/requests/${platformRequest}` }),
      expect6(401, 404, 404, 404, 404, 200),
    ],
    [
      'POST note',
      () => ({ method: 'POST', url: `/api/pro/requests/${requestA}/notes`, payload: { text: 'note' } }),
      expect6(401, 200, 200, 404, 404, 200),
    ],
    [
      'POST attempt',
      () => ({
        method: 'POST',
        url: `/api/pro/requests/${requestA}/attempts`,
        payload: { channel: 'phone', outcome: 'no_answer' },
      }),
      expect6(401, 200, 200, 404, 404, 200),
    ],
    [
      'POST assign',
      () => ({
        method: 'POST',
        url: `/api/pro/requests/${requestA}/assign`,
        payload: { userId: context.users.proA2 },
      }),
      expect6(401, 200, 200, 404, 404, 200),
    ],
    [
      'POST status (invalid move: RBAC answers first)',
      () => ({
        method: 'POST',
        url: `/api/pro/requests/${requestA}/status`,
        payload: { status: 'appointment_scheduled' },
      }),
      expect6(401, 409, 409, 404, 404, 409),
    ],
    [
      'POST referral to its own structure',
      () => ({
        method: 'POST',
        url: `/api/pro/requests/${requestA}/referral`,
        payload: { structureId: STRUCTURE_A },
      }),
      expect6(401, 400, 400, 404, 404, 400),
    ],
    ['GET users', () => ({ method: 'GET', url: '/api/pro/users' }), expect6(401, 403, 200, 403, 200, 200)],
    [
      'POST user in A',
      () => ({
        method: 'POST',
        url: '/api/pro/users',
        payload: {
          email: `new${(emailCounter += 1)}@oz.test`,
          displayName: 'New',
          role: 'professional',
          structureId: STRUCTURE_A,
        },
      }),
      expect6(401, 403, 403, 403, 403, 201),
    ],
    [
      'POST team invitation to A',
      () => ({
        method: 'POST',
        url: '/api/pro/team-invitations',
        payload: {
          email: `in${(emailCounter += 1)}@oz.test`,
          displayName: 'In',
          role: 'professional',
          structureId: STRUCTURE_A,
        },
      }),
      expect6(401, 403, 202, 403, 403, 202),
    ],
    [
      'GET team invitations',
      () => ({ method: 'GET', url: '/api/pro/team-invitations' }),
      expect6(401, 403, 200, 403, 200, 200),
    ],
    [
      'POST team invitation accept with a wrong token (public)',
      () => ({
        method: 'POST',
        url: '/api/pro/team-invitations/accept',
        payload: { token: 'x', password: 'x'.repeat(12) },
      }),
      expect6(400, 400, 400, 400, 400, 400),
    ],
    [
      'POST platform admin',
      () => ({
        method: 'POST',
        url: '/api/pro/users',
        payload: {
          email: `admin${(emailCounter += 1)}@oz.test`,
          displayName: 'Admin',
          role: 'platform_admin',
        },
      }),
      expect6(401, 403, 403, 403, 403, 201),
    ],
    [
      'PATCH user of A',
      () => ({
        method: 'PATCH',
        url: `/api/pro/users/${context.users.proA2}`,
        payload: { displayName: 'Renamed' },
      }),
      expect6(401, 403, 200, 403, 404, 200),
    ],
    [
      'POST password reset of A',
      () => ({ method: 'POST', url: `/api/pro/users/${context.users.proA2}/password-reset` }),
      expect6(401, 403, 200, 403, 404, 200),
    ],
    [
      'GET structures',
      () => ({ method: 'GET', url: '/api/pro/structures' }),
      expect6(401, 200, 200, 200, 200, 200),
    ],
    [
      'PUT entry of A',
      () => ({
        method: 'PUT',
        url: `/api/pro/structures/${STRUCTURE_A}`,
        payload: { waitTimeDays: 10, acceptingNewPeople: true },
      }),
      expect6(401, 403, 200, 403, 403, 200),
    ],
    [
      'PUT routing of A',
      () => ({
        method: 'PUT',
        url: `/api/pro/structures/${STRUCTURE_A}`,
        payload: { servesDepartements: ['75', '92'] },
      }),
      expect6(401, 403, 403, 403, 403, 200),
    ],
    ['GET audit', () => ({ method: 'GET', url: '/api/pro/audit' }), expect6(401, 403, 200, 403, 200, 200)],
    ['GET impact', () => ({ method: 'GET', url: '/api/pro/impact' }), expect6(401, 403, 200, 403, 200, 200)],
    [
      'GET impact of A',
      () => ({ method: 'GET', url: `/api/pro/impact?structureId=${STRUCTURE_A}` }),
      expect6(401, 403, 200, 403, 403, 200),
    ],
    [
      'GET impact targets',
      () => ({ method: 'GET', url: '/api/pro/impact/targets' }),
      expect6(401, 403, 200, 403, 200, 200),
    ],
    [
      'PUT impact targets',
      () => ({
        method: 'PUT',
        url: '/api/pro/impact/targets',
        payload: {
          programmeStart: '2026-01',
          targets: [{ period: '6-months', users: 300, patients: 200 }],
          threeYearAim: { users: 20, patients: 10 },
        },
      }),
      expect6(401, 403, 403, 403, 403, 200),
    ],
    [
      'GET audit of A',
      () => ({ method: 'GET', url: `/api/pro/audit?structureId=${STRUCTURE_A}` }),
      expect6(401, 403, 200, 403, 403, 200),
    ],
    [
      'POST invitation',
      () => ({ method: 'POST', url: '/api/pro/invitations', payload: {} }),
      expect6(401, 201, 201, 201, 201, 403),
    ],
    ['GET shares', () => ({ method: 'GET', url: '/api/pro/shares' }), expect6(401, 200, 200, 200, 200, 200)],
    [
      'GET share of A',
      () => ({ method: 'GET', url: `/api/pro/shares/${shareA}` }),
      expect6(401, 200, 200, 404, 404, 200),
    ],
  ];

  it.each(cases)('%s', async (_name, options, expected) => {
    const actual = {} as Expected;
    for (const role of ROLES) actual[role] = (await call(role, options())).statusCode;
    expect(actual).toEqual(expected);
  });

  it('shows structure B nothing of structure A in lists', async () => {
    const queue = (await browsers.proB.request({ method: 'GET', url: '/api/pro/requests' })).json();
    expect(queue.requests.map((item: { id: string }) => item.id)).not.toContain(requestA);
    const shares = (await browsers.proB.request({ method: 'GET', url: '/api/pro/shares' })).json();
    expect(shares.shares).toEqual([]);
    const team = (await browsers.adminB.request({ method: 'GET', url: '/api/pro/users' })).json();
    expect(team.users.map((user: { email: string }) => user.email).sort()).toEqual([
      'admin.b@oz.test',
      'pro.b@oz.test',
    ]);
    const audit = (await browsers.adminB.request({ method: 'GET', url: '/api/pro/audit' })).json();
    expect(audit.entries.every((entry: { structureId: string }) => entry.structureId !== STRUCTURE_A)).toBe(
      true,
    );
  });
});
