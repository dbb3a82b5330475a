// Team invitations (issue 9): a structure admin cannot tell an address that has an account elsewhere from a
// fresh one — same status, same body, same pending list — while the address gets the right e-mail.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../../../test-support/databases.js';
import { STRUCTURE_A, buildProTestApp, signIn } from '../../../../test-support/pro-app.js';
import type { Browser, ProTestApp } from '../../../../test-support/pro-app.js';

const NEW_PASSWORD = 'a brand new passphrase';
const TOKEN_IN_LINK = /\/pro\/invitation#([A-Za-z0-9_-]{43})$/m;

describe.each(TEST_DATABASE_KINDS)('team invitations (%s)', (kind) => {
  let context: ProTestApp;
  let admin: Browser;
  beforeEach(async () => {
    context = await buildProTestApp(kind);
    admin = await signIn(context.app, 'admin.a@oz.test');
  });
  afterEach(async () => {
    await context.close();
  });

  const invite = (email: string, browser = admin) =>
    browser.request({
      method: 'POST',
      url: '/api/pro/team-invitations',
      payload: { email, displayName: 'Camille', role: 'professional' },
    });
  const mailTo = async (email: string) =>
    context.database.db
      .selectFrom('outbox_emails')
      .select(['subject', 'body', 'kind'])
      .where('to_address', '=', email)
      .executeTakeFirstOrThrow();
  const tokenIn = (body: string): string => TOKEN_IN_LINK.exec(body)?.[1] ?? '';
  const accept = (token: string, password = NEW_PASSWORD) =>
    context.app.inject({
      method: 'POST',
      url: '/api/pro/team-invitations/accept',
      payload: { token, password },
    });
  const shapeOf = (body: Record<string, unknown>) => ({
    ...body,
    id: typeof body['id'],
    email: typeof body['email'],
    expiresAt: typeof body['expiresAt'],
  });

  it('answers a fresh and a taken address alike, and e-mails each its own message', async () => {
    const fresh = await invite('New.Colleague@oz.test');
    const taken = await invite('pro.b@oz.test');
    expect(fresh.statusCode).toBe(202);
    expect(taken.statusCode).toBe(202);
    expect(Object.keys(taken.json()).sort()).toEqual(Object.keys(fresh.json()).sort());
    expect(shapeOf(taken.json())).toEqual(shapeOf(fresh.json()));
    expect(fresh.json()).toMatchObject({
      email: 'new.colleague@oz.test',
      status: 'pending',
      expiresAt: '2026-03-09T09:00:00.000Z',
    });

    const list = (await admin.request({ method: 'GET', url: '/api/pro/team-invitations' })).json();
    expect(list.invitations.map((item: { email: string }) => item.email).sort()).toEqual([
      'new.colleague@oz.test',
      'pro.b@oz.test',
    ]);
    const [first, second] = list.invitations as Record<string, unknown>[];
    expect(shapeOf(first ?? {})).toMatchObject({ status: 'pending', role: 'professional' });
    expect(Object.keys(first ?? {}).sort()).toEqual(Object.keys(second ?? {}).sort());

    const link = await mailTo('new.colleague@oz.test');
    expect(link.kind).toBe('team_invitation');
    expect(link.body).toContain('CSAPA Paris Centre');
    expect(tokenIn(link.body)).not.toBe('');
    const notice = await mailTo('pro.b@oz.test');
    expect(notice.kind).toBe('team_invitation');
    expect(notice.body).toContain('déjà un compte');
    expect(notice.body).not.toMatch(/https?:\/\//);
    const stored = await context.database.db.selectFrom('team_invitations').selectAll().execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(tokenIn(link.body));
  });

  it('creates a working account in the inviting structure, once', async () => {
    await invite('new.colleague@oz.test');
    const token = tokenIn((await mailTo('new.colleague@oz.test')).body);
    const tooShort = await accept(token, 'short');
    expect(tooShort.statusCode).toBe(400);
    const accepted = await accept(token);
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toEqual({ email: 'new.colleague@oz.test' });
    const colleague = await signIn(context.app, 'new.colleague@oz.test', NEW_PASSWORD);
    const session = (await colleague.request({ method: 'GET', url: '/api/pro/session' })).json();
    expect(session.user).toMatchObject({
      role: 'professional',
      structureId: STRUCTURE_A,
      displayName: 'Camille',
      mustChangePassword: false,
    });
    const reused = await accept(token);
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe('invitation_invalid');
    const list = (await admin.request({ method: 'GET', url: '/api/pro/team-invitations' })).json();
    expect(list.invitations).toEqual([]);
  });

  it('gives one answer for a wrong, an expired, a revoked or an overtaken link', async () => {
    await invite('late@oz.test');
    const late = tokenIn((await mailTo('late@oz.test')).body);
    await invite('twice@oz.test');
    await invite('twice@oz.test');
    const twice = (
      await context.database.db
        .selectFrom('outbox_emails')
        .select('body')
        .where('to_address', '=', 'twice@oz.test')
        .execute()
    ).map((mail) => tokenIn(mail.body));
    const revokedInvitation = (await invite('revoked@oz.test')).json();
    const revoked = tokenIn((await mailTo('revoked@oz.test')).body);
    const revoke = await admin.request({
      method: 'DELETE',
      url: `/api/pro/team-invitations/${revokedInvitation.id}`,
    });
    expect(revoke.statusCode).toBe(204);
    expect((await accept(twice[0] ?? '')).statusCode).toBe(201);
    const answerTo = async (token: string) => {
      const response = await accept(token);
      return { status: response.statusCode, body: response.json() };
    };
    const answers = [await answerTo('x'.repeat(43)), await answerTo(revoked), await answerTo(twice[1] ?? '')];
    context.clock.advanceHours(7 * 24);
    answers.push(await answerTo(late));
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]).toMatchObject({ status: 400, body: { error: { code: 'invitation_invalid' } } });
  });

  it('refuses direct creation to structure admins, and audits invitations and refusals', async () => {
    const direct = await admin.request({
      method: 'POST',
      url: '/api/pro/users',
      payload: { email: 'direct@oz.test', displayName: 'Direct', role: 'professional' },
    });
    expect(direct.statusCode).toBe(403);
    const created = (await invite('audited@oz.test')).json();
    const token = tokenIn((await mailTo('audited@oz.test')).body);
    await accept(token);
    const entries = await context.database.db
      .selectFrom('audit_log')
      .select(['action', 'subject_type', 'subject_id', 'detail', 'actor_id'])
      .where('action', 'in', ['team_invitation.create', 'team_invitation.accept', 'access.denied'])
      .orderBy('id')
      .execute();
    expect(entries).toEqual([
      expect.objectContaining({ action: 'access.denied', subject_type: 'user', detail: 'role' }),
      expect.objectContaining({
        action: 'team_invitation.create',
        subject_type: 'invitation',
        subject_id: created.id,
        actor_id: context.users.adminA,
      }),
      expect.objectContaining({ action: 'team_invitation.accept', subject_id: created.id }),
    ]);
  });

  it('keeps structures apart and roles within reach', async () => {
    const adminB = await signIn(context.app, 'admin.b@oz.test');
    const pro = await signIn(context.app, 'pro.a@oz.test');
    const created = (await invite('someone@oz.test')).json();
    expect((await invite('x@oz.test', pro)).statusCode).toBe(403);
    const platformRole = await admin.request({
      method: 'POST',
      url: '/api/pro/team-invitations',
      payload: { email: 'boss@oz.test', displayName: 'Boss', role: 'platform_admin' },
    });
    expect(platformRole.statusCode).toBe(403);
    const listB = (await adminB.request({ method: 'GET', url: '/api/pro/team-invitations' })).json();
    expect(listB.invitations).toEqual([]);
    const revokeB = await adminB.request({
      method: 'DELETE',
      url: `/api/pro/team-invitations/${created.id}`,
    });
    expect(revokeB.statusCode).toBe(404);
    const platform = await signIn(context.app, 'platform@oz.test');
    const all = await platform.request({
      method: 'GET',
      url: `/api/pro/team-invitations?structureId=${STRUCTURE_A}`,
    });
    expect(all.json().invitations.map((item: { id: string }) => item.id)).toEqual([created.id]);
  });
});
