import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../../test-support/databases.js';
import { aContactRequestBody, postContactRequest } from '../../../test-support/contact-request.fixture.js';
import { STRUCTURE_A, STRUCTURE_B, buildProTestApp } from '../../../test-support/pro-app.js';
import type { ProTestApp } from '../../../test-support/pro-app.js';

describe.each(TEST_DATABASE_KINDS)('contact requests (%s)', (kind) => {
  let context: ProTestApp;
  beforeEach(async () => {
    context = await buildProTestApp(kind);
  });
  afterEach(async () => {
    await context.close();
  });

  const countRequests = async (): Promise<number> =>
    Number(
      (
        await context.database.db
          .selectFrom('contact_requests')
          .select((eb) => eb.fn.countAll().as('count'))
          .executeTakeFirstOrThrow()
      ).count,
    );

  it('answers 201 with the 48 h deadline and a tracking token', async () => {
    const response = await postContactRequest(context.app, aContactRequestBody());
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      status: 'new',
      createdAt: '2026-03-02T09:00:00.000Z',
      dueAt: '2026-03-04T09:00:00.000Z',
    });
    expect(body.trackingToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await context.database.db
      .selectFrom('contact_requests')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(stored.tracking_token_hash).not.toContain(body.trackingToken);
  });

  it('never duplicates a request retried with the same key, even concurrently', async () => {
    const key = randomUUID();
    const body = aContactRequestBody();
    const first = await postContactRequest(context.app, body, key);
    const retry = await postContactRequest(context.app, body, key);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());

    const racingKey = randomUUID();
    const racers = await Promise.all(
      Array.from({ length: 5 }, () =>
        postContactRequest(context.app, aContactRequestBody({ firstName: 'Alex' }), racingKey),
      ),
    );
    expect(new Set(racers.map((response) => response.json().id)).size).toBe(1);
    expect(racers.map((response) => response.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await countRequests()).toBe(2);
  });

  it('refuses the same key with a different body', async () => {
    const key = randomUUID();
    await postContactRequest(context.app, aContactRequestBody(), key);
    const reused = await postContactRequest(
      context.app,
      aContactRequestBody({ firstName: 'Someone else' }),
      key,
    );
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('idempotency_key_reused');
  });

  it('names the offending field of an invalid request', async () => {
    const noContact = await postContactRequest(context.app, aContactRequestBody({ phone: undefined }));
    expect(noContact.statusCode).toBe(400);
    expect(noContact.json().error).toMatchObject({ code: 'invalid_request' });
    expect(noContact.json().error.message).toMatch(/^phone:/);
    const attachment = {
      screening: { instrument: 'audit-c' as const, score: 7, level: 'misuse', takenOn: '2026-03-01' },
    };
    const noConsent = await postContactRequest(context.app, aContactRequestBody({ attachment }));
    expect(noConsent.json().error.message).toMatch(/^attachment:/);
    const noKey = await context.app.inject({
      method: 'POST',
      url: '/api/contact-requests',
      payload: aContactRequestBody(),
    });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().error.message).toMatch(/idempotency-key/);
    expect(await countRequests()).toBe(0);
  });

  it('routes by département to the structure serving it, else to the platform team', async () => {
    await postContactRequest(context.app, aContactRequestBody({ postalCode: '92100' }));
    await postContactRequest(context.app, aContactRequestBody({ postalCode: '69003' }));
    await postContactRequest(context.app, aContactRequestBody({ postalCode: '13001' }));
    await postContactRequest(context.app, aContactRequestBody({ postalCode: undefined }));
    const rows = await context.database.db
      .selectFrom('contact_requests')
      .select(['postal_code', 'structure_id'])
      .orderBy('postal_code')
      .execute();
    expect(rows.map((row) => [row.postal_code, row.structure_id])).toEqual(
      expect.arrayContaining([
        ['92100', STRUCTURE_A],
        ['69003', STRUCTURE_B],
        ['13001', null],
        [null, null],
      ]),
    );
  });

  it('lets the person follow and withdraw with the tracking token only', async () => {
    const created = (await postContactRequest(context.app, aContactRequestBody())).json();
    const url = `/api/contact-requests/${created.id}`;
    const withToken = { authorization: `Bearer ${created.trackingToken}` };
    const tracking = await context.app.inject({ method: 'GET', url, headers: withToken });
    expect(tracking.statusCode).toBe(200);
    expect(tracking.json()).toMatchObject({
      status: 'new',
      structure: { name: 'CSAPA Paris Centre' },
      steps: [{ status: 'new', at: '2026-03-02T09:00:00.000Z' }],
    });
    const wrongToken = { authorization: `Bearer ${'x'.repeat(43)}` };
    expect((await context.app.inject({ method: 'GET', url, headers: wrongToken })).statusCode).toBe(404);
    expect((await context.app.inject({ method: 'DELETE', url, headers: wrongToken })).statusCode).toBe(404);
    expect((await context.app.inject({ method: 'GET', url })).statusCode).toBe(400);
    expect((await context.app.inject({ method: 'DELETE', url, headers: withToken })).statusCode).toBe(204);
    expect(await countRequests()).toBe(0);
    const events = await context.database.db.selectFrom('contact_request_events').selectAll().execute();
    expect(events).toHaveLength(0);
    expect((await context.app.inject({ method: 'GET', url, headers: withToken })).statusCode).toBe(404);
  });

  it('queues the team notification and the person’s confirmation, without personal data for the team', async () => {
    await postContactRequest(
      context.app,
      aContactRequestBody({ email: 'camille@example.org', message: 'Je bois trop' }),
    );
    const emails = await context.database.db
      .selectFrom('outbox_emails')
      .selectAll()
      .orderBy('to_address')
      .execute();
    expect(emails.map((email) => email.to_address)).toEqual([
      'admin.a@oz.test',
      'camille@example.org',
      'pro.a2@oz.test',
      'pro.a@oz.test',
    ]);
    const teamEmail = emails.find((email) => email.to_address === 'pro.a@oz.test');
    expect(teamEmail?.body).not.toMatch(/Camille|06 12|trop/);
  });
});
