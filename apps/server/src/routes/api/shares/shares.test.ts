import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../../test-support/databases.js';
import { buildProTestApp, signIn } from '../../../test-support/pro-app.js';
import type { Browser, ProTestApp } from '../../../test-support/pro-app.js';

const WEEK = {
  weekStart: '2026-02-23',
  standardDrinks: 14,
  drinkingDays: 4,
  heaviestDayStandardDrinks: 4,
  daysLogged: 7,
};
const SCREENING = { instrument: 'audit' as const, score: 12, level: 'zone-2', takenOn: '2026-02-20' };

describe.each(TEST_DATABASE_KINDS)('linking and sharing (%s)', (kind) => {
  let context: ProTestApp;
  let pro: Browser;
  beforeEach(async () => {
    context = await buildProTestApp(kind);
    pro = await signIn(context.app, 'pro.a@oz.test');
  });
  afterEach(async () => {
    await context.close();
  });

  async function invite(): Promise<{ code: string; url: string; expiresAt: string }> {
    const response = await pro.request({
      method: 'POST',
      url: '/api/pro/invitations',
      payload: { label: 'M. D.' },
    });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  const redeem = (code: string) =>
    context.app.inject({ method: 'POST', url: '/api/shares', payload: { code } });

  it('links with a short code, shares only what was chosen, and the professional sees it', async () => {
    const invitation = await invite();
    expect(invitation.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}$/);
    expect(invitation.url).toMatch(new RegExp(`/lien\\?code=${invitation.code}$`));
    expect(invitation.expiresAt).toBe('2026-03-05T09:00:00.000Z');

    const typed = `${invitation.code.slice(0, 4).toLowerCase()}-${invitation.code.slice(4)}`;
    const linked = await redeem(typed);
    expect(linked.statusCode).toBe(201);
    const { id, shareToken, structure } = linked.json();
    expect(structure.name).toBe('CSAPA Paris Centre');
    const auth = { authorization: `Bearer ${shareToken}` };

    const days = [
      { date: '2026-02-23', standardDrinks: 2 },
      { date: '2026-02-24', standardDrinks: 0 },
    ];
    const shared = await context.app.inject({
      method: 'PUT',
      url: `/api/shares/${id}/data`,
      headers: auth,
      payload: { diaryWeeks: [WEEK], diaryDays: days },
    });
    expect(shared.json().data).toEqual({ diaryWeeks: [WEEK], diaryDays: days });

    const list = (await pro.request({ method: 'GET', url: '/api/pro/shares' })).json();
    expect(list.shares).toEqual([expect.objectContaining({ id, label: 'M. D.', scopes: ['diary'] })]);
    const view = await pro.request({ method: 'GET', url: `/api/pro/shares/${id}` });
    expect(view.json().data).toEqual({ diaryWeeks: [WEEK], diaryDays: days });

    await context.app.inject({
      method: 'PUT',
      url: `/api/shares/${id}/data`,
      headers: auth,
      payload: { screenings: [SCREENING] },
    });
    const mine = await context.app.inject({ method: 'GET', url: `/api/shares/${id}`, headers: auth });
    expect(mine.json().data).toEqual({ screenings: [SCREENING] });
  });

  it('deletes the server copy when the person stops sharing', async () => {
    const { id, shareToken } = (await redeem((await invite()).code)).json();
    const auth = { authorization: `Bearer ${shareToken}` };
    await context.app.inject({
      method: 'PUT',
      url: `/api/shares/${id}/data`,
      headers: auth,
      payload: { screenings: [SCREENING] },
    });

    expect(
      (await context.app.inject({ method: 'DELETE', url: `/api/shares/${id}`, headers: auth })).statusCode,
    ).toBe(204);
    expect(await context.database.db.selectFrom('shares').selectAll().execute()).toEqual([]);
    expect((await pro.request({ method: 'GET', url: `/api/pro/shares/${id}` })).statusCode).toBe(404);
    expect(
      (await context.app.inject({ method: 'GET', url: `/api/shares/${id}`, headers: auth })).statusCode,
    ).toBe(404);
  });

  it('lets the professional end the link, deleting the data', async () => {
    const { id, shareToken } = (await redeem((await invite()).code)).json();
    const auth = { authorization: `Bearer ${shareToken}` };
    await context.app.inject({
      method: 'PUT',
      url: `/api/shares/${id}/data`,
      headers: auth,
      payload: { screenings: [SCREENING] },
    });
    const other = await signIn(context.app, 'pro.b@oz.test');
    expect((await other.request({ method: 'DELETE', url: `/api/pro/shares/${id}` })).statusCode).toBe(404);
    expect((await pro.request({ method: 'DELETE', url: `/api/pro/shares/${id}` })).statusCode).toBe(204);
    expect(await context.database.db.selectFrom('shares').selectAll().execute()).toEqual([]);
    expect(
      (await context.app.inject({ method: 'GET', url: `/api/shares/${id}`, headers: auth })).statusCode,
    ).toBe(404);
  });

  it('accepts a code once, and not after 72 h', async () => {
    const used = await invite();
    expect((await redeem(used.code)).statusCode).toBe(201);
    expect((await redeem(used.code)).statusCode).toBe(404);
    const late = await invite();
    context.clock.advanceHours(72);
    const expired = await redeem(late.code);
    expect(expired.statusCode).toBe(404);
    expect(expired.json().error.code).toBe('invitation_not_found');
    expect((await redeem('not a code')).statusCode).toBe(400);
  });

  it('refuses share access without the right token', async () => {
    const { id } = (await redeem((await invite()).code)).json();
    const wrong = { authorization: `Bearer ${'a'.repeat(43)}` };
    expect(
      (await context.app.inject({ method: 'GET', url: `/api/shares/${id}`, headers: wrong })).statusCode,
    ).toBe(404);
    expect(
      (await context.app.inject({ method: 'DELETE', url: `/api/shares/${id}`, headers: wrong })).statusCode,
    ).toBe(404);
    expect(await context.database.db.selectFrom('shares').selectAll().execute()).toHaveLength(1);
  });
});
