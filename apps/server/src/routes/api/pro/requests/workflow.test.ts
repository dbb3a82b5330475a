import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../../../test-support/databases.js';
import { submitContactRequest } from '../../../../test-support/contact-request.fixture.js';
import { STRUCTURE_A, STRUCTURE_B, buildProTestApp, signIn } from '../../../../test-support/pro-app.js';
import type { ProTestApp } from '../../../../test-support/pro-app.js';

const HOUR = 3_600_000;

describe.each(TEST_DATABASE_KINDS)('handling a request in the workspace (%s)', (kind) => {
  let context: ProTestApp;
  beforeEach(async () => {
    context = await buildProTestApp(kind);
  });
  afterEach(async () => {
    await context.close();
  });

  it('sorts the queue by deadline with time left, alert at 36 h and breach after 48 h', async () => {
    const first = await submitContactRequest(context.app);
    context.clock.advanceHours(10);
    const second = await submitContactRequest(context.app, { postalCode: '92100' });
    // A fresh sign-in each time: hours pass, and an idle session ends after 30 minutes.
    const queueAt = async () =>
      (
        await (
          await signIn(context.app, 'pro.a@oz.test')
        ).request({ method: 'GET', url: '/api/pro/requests' })
      ).json();

    let queue = await queueAt();
    expect(queue.requests.map((item: { id: string }) => item.id)).toEqual([first.id, second.id]);
    expect(queue.requests[0]).toMatchObject({ msLeft: 38 * HOUR, alert: false, breached: false });

    context.clock.advanceHours(27);
    queue = await queueAt();
    expect(queue.requests[0]).toMatchObject({ msLeft: 11 * HOUR, alert: true, breached: false });
    expect(queue.requests[1]).toMatchObject({ alert: false });

    context.clock.advanceHours(12);
    queue = await queueAt();
    expect(queue.requests[0]).toMatchObject({ msLeft: -1 * HOUR, breached: true });
    const pro = await signIn(context.app, 'pro.a@oz.test');
    const breached = await pro.request({ method: 'GET', url: '/api/pro/requests?breached=true' });
    expect(breached.json().requests.map((item: { id: string }) => item.id)).toEqual([first.id]);
  });

  it('takes a request, logs an attempt, marks it contacted, and the person sees it', async () => {
    const request = await submitContactRequest(context.app, { email: 'camille@example.org' });
    const pro = await signIn(context.app, 'pro.a@oz.test');
    const url = `/api/pro/requests/${request.id}`;
    const me = (await pro.request({ method: 'GET', url: '/api/pro/session' })).json().user.id;

    const assigned = await pro.request({ method: 'POST', url: `${url}/assign`, payload: { userId: me } });
    expect(assigned.json()).toMatchObject({ status: 'assigned', assignedTo: { id: me } });
    const unassigned = await pro.request({ method: 'GET', url: '/api/pro/requests?assigned=unassigned' });
    expect(unassigned.json().requests).toEqual([]);

    context.clock.advanceMinutes(20);
    await pro.request({
      method: 'POST',
      url: `${url}/attempts`,
      payload: { channel: 'phone', outcome: 'no_answer' },
    });
    const contacted = await pro.request({
      method: 'POST',
      url: `${url}/status`,
      payload: { status: 'contacted' },
    });
    expect(contacted.statusCode).toBe(200);
    expect(contacted.json()).toMatchObject({
      status: 'contacted',
      contactedAt: '2026-03-02T09:20:00.000Z',
      allowedNextStatuses: ['appointment_scheduled', 'referred', 'closed'],
    });
    const kinds = contacted
      .json()
      .events.map((event: { kind: string; actor: { id: string } | null }) => [
        event.kind,
        event.actor?.id ?? null,
      ]);
    expect(kinds).toEqual([
      ['created', null],
      ['assigned', me],
      ['contact_attempt', me],
      ['status_changed', me],
    ]);

    const backwards = await pro.request({ method: 'POST', url: `${url}/status`, payload: { status: 'new' } });
    expect(backwards.statusCode).toBe(409);
    expect(backwards.json().error.code).toBe('invalid_transition');

    const tracking = await context.app.inject({
      method: 'GET',
      url: `/api/contact-requests/${request.id}`,
      headers: { authorization: `Bearer ${request.trackingToken}` },
    });
    expect(tracking.json()).toMatchObject({
      status: 'contacted',
      contactedAt: '2026-03-02T09:20:00.000Z',
      steps: [{ status: 'new' }, { status: 'assigned' }, { status: 'contacted' }],
    });
    expect(JSON.stringify(tracking.json())).not.toContain('no_answer');
  });

  it('refers a request to another structure, where it arrives with its history', async () => {
    const request = await submitContactRequest(context.app);
    const proA = await signIn(context.app, 'pro.a@oz.test');
    await proA.request({
      method: 'POST',
      url: `/api/pro/requests/${request.id}/notes`,
      payload: { text: 'Habite Lyon' },
    });
    const referred = await proA.request({
      method: 'POST',
      url: `/api/pro/requests/${request.id}/referral`,
      payload: { structureId: STRUCTURE_B, comment: 'Déménagement' },
    });
    expect(referred.statusCode).toBe(200);
    expect(referred.json()).toMatchObject({
      status: 'new',
      structureId: STRUCTURE_B,
      referredFrom: STRUCTURE_A,
    });

    expect((await proA.request({ method: 'GET', url: `/api/pro/requests/${request.id}` })).statusCode).toBe(
      404,
    );
    const proB = await signIn(context.app, 'pro.b@oz.test');
    const queue = (await proB.request({ method: 'GET', url: '/api/pro/requests' })).json();
    expect(queue.requests.map((item: { id: string }) => item.id)).toEqual([request.id]);
    const detail = (await proB.request({ method: 'GET', url: `/api/pro/requests/${request.id}` })).json();
    expect(
      detail.events.map((event: { kind: string; text: string | null }) => [event.kind, event.text]),
    ).toEqual([
      ['created', null],
      ['note', 'Habite Lyon'],
      ['referred', 'Déménagement'],
    ]);
    expect(detail.dueAt).toBe(request.dueAt);
    const emails = await context.database.db.selectFrom('outbox_emails').select('to_address').execute();
    expect(emails.map((email) => email.to_address)).toEqual(
      expect.arrayContaining(['admin.b@oz.test', 'pro.b@oz.test']),
    );
  });

  it('logs every view and change in the audit log, without payloads, for the structure admin', async () => {
    const request = await submitContactRequest(context.app, { message: 'Secret message' });
    const pro = await signIn(context.app, 'pro.a@oz.test');
    await pro.request({ method: 'GET', url: `/api/pro/requests/${request.id}` });
    await pro.request({
      method: 'POST',
      url: `/api/pro/requests/${request.id}/notes`,
      payload: { text: 'Confidential note' },
    });
    const admin = await signIn(context.app, 'admin.a@oz.test');
    const audit = await admin.request({ method: 'GET', url: `/api/pro/audit?subjectId=${request.id}` });
    expect(audit.statusCode).toBe(200);
    const actions = audit
      .json()
      .entries.map((entry: { action: string; actorId: string | null }) => [entry.action, entry.actorId]);
    expect(actions).toEqual([
      ['request.note', context.users.proA],
      ['request.view', context.users.proA],
      ['request.create', null],
    ]);
    expect(audit.body).not.toMatch(/Secret|Confidential|Camille/);
  });

  it('forces a password change after an admin reset', async () => {
    const admin = await signIn(context.app, 'admin.a@oz.test');
    const victim = await signIn(context.app, 'pro.a@oz.test');
    const reset = await admin.request({
      method: 'POST',
      url: `/api/pro/users/${context.users.proA}/password-reset`,
    });
    const temporaryPassword = reset.json().temporaryPassword as string;
    expect(temporaryPassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect((await victim.request({ method: 'GET', url: '/api/pro/session' })).statusCode).toBe(401);

    const fresh = await signIn(context.app, 'pro.a@oz.test', temporaryPassword);
    const blocked = await fresh.request({ method: 'GET', url: '/api/pro/requests' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');
    const changed = await fresh.request({
      method: 'PUT',
      url: '/api/pro/me/password',
      payload: { currentPassword: temporaryPassword, newPassword: 'a new long passphrase' },
    });
    expect(changed.json()).toMatchObject({ mustChangePassword: false });
    expect((await fresh.request({ method: 'GET', url: '/api/pro/requests' })).statusCode).toBe(200);
  });
});
