// The audit log (issue 9): written in the same transaction as the change it records (no change without its
// entry, no entry without its change), complete for every created request, paged on a stable cursor, and
// covering refused accesses and failed sign-ins.
import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '@oz/contracts';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../../../../test-support/databases.js';
import {
  aContactRequestBody,
  postContactRequest,
  submitContactRequest,
} from '../../../../test-support/contact-request.fixture.js';
import { STRUCTURE_A, TEST_PASSWORD, buildProTestApp, signIn } from '../../../../test-support/pro-app.js';
import type { Browser, ProTestApp } from '../../../../test-support/pro-app.js';

describe.each(TEST_DATABASE_KINDS)('audit log (%s)', (kind) => {
  let context: ProTestApp;
  beforeEach(async () => {
    context = await buildProTestApp(kind);
  });
  afterEach(async () => {
    await context.close();
  });

  const entries = async (): Promise<AuditEntry[]> =>
    (await context.app.store.repositories.audit.list({ limit: 10_000 })).entries;
  const count = async (table: 'contact_requests' | 'audit_log'): Promise<number> =>
    Number(
      (
        await context.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('count'))
          .executeTakeFirstOrThrow()
      ).count,
    );

  /** Makes every audit insert fail, as a full disk or a lost connection would. */
  async function breakTheAuditLog(): Promise<void> {
    if (kind === 'sqlite') {
      await sql`create trigger audit_down before insert on audit_log begin select raise(abort, 'audit down'); end`.execute(
        context.database.db,
      );
    } else {
      await sql`create function audit_down() returns trigger language plpgsql as $$ begin raise exception 'audit down'; end $$`.execute(
        context.database.db,
      );
      await sql`create trigger audit_down before insert on audit_log for each row execute function audit_down()`.execute(
        context.database.db,
      );
    }
  }

  it('gives every created request its "created" entry, even for concurrent retries of one key', async () => {
    const keys = Array.from({ length: 6 }, () => randomUUID());
    const sends = keys.flatMap((key) =>
      [0, 1, 2].map(() => postContactRequest(context.app, aContactRequestBody(), key)),
    );
    const responses = await Promise.all(sends);
    expect(responses.every((response) => response.statusCode === 201 || response.statusCode === 200)).toBe(
      true,
    );
    const ids = (await context.database.db.selectFrom('contact_requests').select('id').execute()).map(
      (row) => row.id,
    );
    expect(ids).toHaveLength(keys.length);
    const audited = await context.app.store.repositories.audit.subjectsWith('request.create', ids);
    expect([...audited].sort()).toEqual([...ids].sort());
    const created = (await entries()).filter((entry) => entry.action === 'request.create');
    expect(created).toHaveLength(keys.length);
  });

  it('writes no change when its audit entry cannot be written, and answers 500 without losing the retry', async () => {
    await breakTheAuditLog();
    const key = randomUUID();
    const failed = await postContactRequest(context.app, aContactRequestBody(), key);
    expect(failed.statusCode).toBe(500);
    expect(await count('contact_requests')).toBe(0);
    const outbox = await context.database.db.selectFrom('outbox_emails').select('id').execute();
    expect(outbox).toHaveLength(0);
  });

  it('rolls a workspace change back with its audit entry', async () => {
    const request = await submitContactRequest(context.app);
    const pro = await signIn(context.app, 'pro.a@oz.test');
    await breakTheAuditLog();
    const response = await pro.request({
      method: 'POST',
      url: `/api/pro/requests/${request.id}/status`,
      payload: { status: 'contacted' },
    });
    expect(response.statusCode).toBe(500);
    const stored = await context.app.store.repositories.requests.findById(request.id);
    expect(stored?.status).toBe('new');
    const events = await context.app.store.repositories.requests.events(request.id);
    expect(events.map((event) => event.kind)).toEqual(['created']);
  });

  it('pages on a stable cursor: entries of one millisecond are neither skipped nor repeated', async () => {
    const admin = await signIn(context.app, 'admin.a@oz.test');
    // The clock is fixed: every entry below shares one millisecond.
    for (let index = 0; index < 7; index += 1)
      await admin.request({ method: 'GET', url: '/api/pro/requests' });
    const all = (await admin.request({ method: 'GET', url: '/api/pro/audit?limit=500' })).json();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`;
      const page = (await admin.request({ method: 'GET', url: `/api/pro/audit?limit=3${query}` })).json();
      expect(page.entries.length).toBeLessThanOrEqual(3);
      seen.push(...page.entries.map((entry: AuditEntry) => entry.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    // The log grows while it is read (each audit read is not audited, each queue view is): compare with the
    // full listing taken before paging.
    const expected = all.entries.map((entry: AuditEntry) => entry.id);
    expect(seen.slice(0, expected.length)).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
    expect(all.entries.filter((entry: AuditEntry) => entry.action === 'queue.view')).toHaveLength(7);
  });

  it('audits failed and refused sign-ins, with the account when it exists', async () => {
    const login = (email: string, password: string) =>
      context.app.inject({ method: 'POST', url: '/api/pro/session', payload: { email, password } });
    await login('pro.a@oz.test', 'wrong password');
    await login('nobody@oz.test', 'wrong password');
    for (let attempt = 0; attempt < 6; attempt += 1) await login('pro.a@oz.test', 'wrong password');
    const failed = (await entries()).filter((entry) => entry.action.startsWith('session.login_'));
    expect(failed.map((entry) => [entry.action, entry.detail, entry.actorRole]).sort()).toEqual(
      [
        ...Array.from({ length: 5 }, () => ['session.login_failed', 'wrong_password', 'professional']),
        ['session.login_failed', 'unknown_account', 'anonymous'],
        ['session.login_locked', 'locked', 'professional'],
      ].sort(),
    );
    const mine = failed.filter((entry) => entry.subjectId === context.users.proA);
    expect(mine.every((entry) => entry.structureId === STRUCTURE_A)).toBe(true);
    // Structure A's admin sees what happened to their team's account.
    const admin = await signIn(context.app, 'admin.a@oz.test', TEST_PASSWORD);
    const page = (
      await admin.request({ method: 'GET', url: '/api/pro/audit?action=session.login_failed' })
    ).json();
    expect(page.entries).toHaveLength(5);
  });

  it('audits refused accesses: another structure’s request, a role too low, a bad CSRF token', async () => {
    const requestB = await submitContactRequest(context.app, { postalCode: '69001' });
    const proA: Browser = await signIn(context.app, 'pro.a@oz.test');
    expect((await proA.request({ method: 'GET', url: `/api/pro/requests/${requestB.id}` })).statusCode).toBe(
      404,
    );
    expect((await proA.request({ method: 'GET', url: '/api/pro/audit' })).statusCode).toBe(403);
    const csrf = await proA.request({
      method: 'POST',
      url: '/api/pro/invitations',
      headers: { 'x-csrf-token': 'forged' },
      payload: {},
    });
    expect(csrf.statusCode).toBe(403);
    const denied = (await entries()).filter((entry) => entry.action === 'access.denied');
    expect(denied.map((entry) => [entry.subjectType, entry.subjectId, entry.detail]).sort()).toEqual(
      [
        ['contact_request', requestB.id, 'other_structure'],
        ['audit_log', null, 'role'],
        ['user', context.users.proA, 'csrf_token'],
      ].sort(),
    );
    expect(
      denied.every((entry) => entry.actorId === context.users.proA && entry.structureId === STRUCTURE_A),
    ).toBe(true);
    // An unknown id is not an access to anyone's data: 404, not audited.
    await proA.request({ method: 'GET', url: `/api/pro/requests/${randomUUID()}` });
    expect((await entries()).filter((entry) => entry.action === 'access.denied')).toHaveLength(3);
  });
});
