import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submitContactRequest } from '../../../../test-support/contact-request.fixture.js';
import { TEST_DATABASE_KINDS } from '../../../../test-support/databases.js';
import { STRUCTURE_A, STRUCTURE_B, buildProTestApp, signIn } from '../../../../test-support/pro-app.js';
import type { ProTestApp } from '../../../../test-support/pro-app.js';

describe.each(TEST_DATABASE_KINDS)('impact without tracking (%s)', (kind) => {
  let context: ProTestApp;
  beforeEach(async () => {
    context = await buildProTestApp(kind);
  });
  afterEach(async () => {
    await context.close();
  });

  const postCounts = (payload: unknown) =>
    context.app.inject({
      method: 'POST',
      url: '/api/stats/counts',
      payload: payload as Record<string, unknown>,
    });

  it('adds the app’s counts to per-day counters and shows them, small ones suppressed', async () => {
    const batch = { days: [{ day: '2026-03-02', counts: { 'first-open': 7, 'quick-test:low': 2 } }] };
    const response = await postCounts(batch);
    expect(response.statusCode).toBe(204);
    expect(response.headers['set-cookie']).toBeUndefined();
    await postCounts({ days: [{ day: '2026-03-01', counts: { 'first-open': 1, 'active-month': 6 } }] });

    const admin = await signIn(context.app, 'platform@oz.test');
    const report = (await admin.request({ method: 'GET', url: '/api/pro/impact' })).json();
    expect(report.year).toMatchObject({ number: 1, from: '2026-03', available: 1 });
    expect(report.usage.users.byMonth).toEqual([{ value: 8 }]);
    expect(report.usage.activeUsers.byMonth).toEqual([{ value: 6 }]);
    expect(report.usage.quickTestLevel.categories).toContainEqual({
      key: 'low',
      count: { suppressed: 'below-threshold' },
    });
    expect(report.targets.rows[0]).toMatchObject({ period: '6-months', users: { target: 300 } });
  });

  it.each([
    ['an unknown metric', { days: [{ day: '2026-03-02', counts: { 'install-id': 1 } }] }],
    ['an unknown dimension', { days: [{ day: '2026-03-02', counts: { 'quick-test:severe': 1 } }] }],
    ['a day too old', { days: [{ day: '2026-02-01', counts: { 'first-open': 1 } }] }],
    ['an impossible day', { days: [{ day: '2026-02-31', counts: { 'first-open': 1 } }] }],
    ['a count of zero', { days: [{ day: '2026-03-02', counts: { 'first-open': 0 } }] }],
    ['an identifier', { deviceId: 'abc', days: [{ day: '2026-03-02', counts: { 'first-open': 1 } }] }],
    [
      'the same day twice',
      {
        days: [
          { day: '2026-03-02', counts: {} },
          { day: '2026-03-02', counts: {} },
        ],
      },
    ],
  ])('refuses %s with a 400 and stores nothing', async (_name, payload) => {
    const response = await postCounts(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: expect.any(String), message: expect.any(String) },
    });
    const rows = await context.database.db.selectFrom('usage_counts').selectAll().execute();
    expect(rows).toEqual([]);
  });

  it('keeps counters with no column that could identify a person or a device', async () => {
    const tables = await context.database.db.introspection.getTables();
    const counts = tables.find((table) => table.name === 'usage_counts');
    expect(counts?.columns.map((column) => column.name).sort()).toEqual([
      'count',
      'day',
      'dimension',
      'metric',
    ]);
  });

  it('counts patients from contacted requests, by structure, for its admins only', async () => {
    const pro = await signIn(context.app, 'pro.a@oz.test');
    for (let index = 0; index < 6; index += 1) {
      const request = await submitContactRequest(context.app, {
        statistics: { ageBand: '25-64', sex: 'female', quickTestLevel: 'misuse' },
      });
      if (index < 5) {
        const changed = await pro.request({
          method: 'POST',
          url: `/api/pro/requests/${request.id}/status`,
          payload: { status: 'contacted' },
        });
        expect(changed.statusCode).toBe(200);
      }
    }
    const adminA = await signIn(context.app, 'admin.a@oz.test');
    const mine = (await adminA.request({ method: 'GET', url: '/api/pro/impact' })).json();
    expect(mine.scope).toEqual({ kind: 'structure', structureId: STRUCTURE_A, name: 'CSAPA Paris Centre' });
    expect(mine.usage).toBeUndefined();
    expect(mine.targets).toBeUndefined();
    expect(mine.patients.all.total).toEqual({ value: 5 });
    // All 5 are in Paris: « not said » is 0, below the threshold, so Paris is hidden too (else 5 − 0 = 5).
    expect(mine.patients.byDepartement.categories).toEqual([
      { key: '75', count: { suppressed: 'complementary' } },
      { key: 'not-said', count: { suppressed: 'below-threshold' } },
    ]);
    expect(mine.requests.created.total).toEqual({ value: 6 });
    expect(mine.requests.medianHoursToFirstContact.overall).toBe(0);

    const adminB = await signIn(context.app, 'admin.b@oz.test');
    const theirs = (await adminB.request({ method: 'GET', url: '/api/pro/impact' })).json();
    expect(theirs.patients.all.total).toEqual({ suppressed: 'below-threshold' });
  });

  it('refuses professionals, and structure admins asking for another structure', async () => {
    const pro = await signIn(context.app, 'pro.a@oz.test');
    expect((await pro.request({ method: 'GET', url: '/api/pro/impact' })).statusCode).toBe(403);
    expect((await pro.request({ method: 'GET', url: '/api/pro/impact/targets' })).statusCode).toBe(403);
    const adminA = await signIn(context.app, 'admin.a@oz.test');
    const other = await adminA.request({ method: 'GET', url: `/api/pro/impact?structureId=${STRUCTURE_B}` });
    expect(other.statusCode).toBe(403);
    const anonymous = await context.app.inject({ method: 'GET', url: '/api/pro/impact' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lets platform admins set the targets, and nobody else', async () => {
    const targets = {
      programmeStart: '2026-01',
      targets: [
        { period: '6-months', users: 300, patients: 200 },
        { period: '36-months', users: 6000, patients: 2000 },
      ],
      threeYearAim: { users: 20, patients: 10 },
    };
    const adminA = await signIn(context.app, 'admin.a@oz.test');
    expect(
      (await adminA.request({ method: 'PUT', url: '/api/pro/impact/targets', payload: targets })).statusCode,
    ).toBe(403);
    const platform = await signIn(context.app, 'platform@oz.test');
    const saved = await platform.request({ method: 'PUT', url: '/api/pro/impact/targets', payload: targets });
    expect(saved.statusCode).toBe(200);
    const report = (await platform.request({ method: 'GET', url: '/api/pro/impact' })).json();
    expect(report.year).toMatchObject({ from: '2026-01', to: '2026-12' });
    expect(report.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(report.targets.rows.map((row: { period: string }) => row.period)).toEqual([
      '6-months',
      '36-months',
    ]);
    const future = await platform.request({
      method: 'PUT',
      url: '/api/pro/impact/targets',
      payload: { ...targets, programmeStart: '2027-01' },
    });
    expect(future.statusCode).toBe(400);
    const notStarted = await platform.request({ method: 'GET', url: '/api/pro/impact?year=2' });
    expect(notStarted.statusCode).toBe(400);
  });
});
