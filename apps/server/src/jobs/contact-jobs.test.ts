import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobRunner } from './runner.js';
import { contactAlertJob } from './contact-jobs.js';
import { TEST_DATABASE_KINDS } from '../test-support/databases.js';
import { submitContactRequest } from '../test-support/contact-request.fixture.js';
import { buildProTestApp, signIn } from '../test-support/pro-app.js';
import type { ProTestApp } from '../test-support/pro-app.js';
import { startTestSmtp } from '../test-support/smtp.js';
import type { TestSmtp } from '../test-support/smtp.js';

const ATTACHMENT = {
  screening: { instrument: 'audit-c' as const, score: 8, level: 'misuse', takenOn: '2026-03-01' },
  diaryWeeks: [
    {
      weekStart: '2026-02-23',
      standardDrinks: 21,
      drinkingDays: 5,
      heaviestDayStandardDrinks: 6,
      daysLogged: 7,
    },
  ],
};

describe.each(TEST_DATABASE_KINDS)('scheduled jobs (%s)', (kind) => {
  let context: ProTestApp;
  let smtp: TestSmtp;
  beforeEach(async () => {
    smtp = await startTestSmtp();
    context = await buildProTestApp(kind, { SMTP_URL: smtp.url, OZ_RETENTION_DAYS: '90' });
  });
  afterEach(async () => {
    await context.close();
    await smtp.close();
  });

  const runJobs = () => context.app.jobs.runDue(context.clock.now());
  const recipientsOf = (subjectPart: string): string[] =>
    smtp.received
      .filter((email) => email.raw.includes(subjectPart))
      .flatMap((email) => email.to)
      .sort();

  it('delivers the new-request e-mails through SMTP and empties the outbox', async () => {
    await submitContactRequest(context.app, { email: 'camille@example.org' });
    const reports = await runJobs();
    expect(reports.find((report) => report.name === 'mail')?.outcome).toBe('sent 4, failed 0, dropped 0');
    expect(smtp.received.flatMap((email) => email.to).sort()).toEqual([
      'admin.a@oz.test',
      'camille@example.org',
      'pro.a2@oz.test',
      'pro.a@oz.test',
    ]);
    expect(await context.database.db.selectFrom('outbox_emails').selectAll().execute()).toHaveLength(0);
  });

  it('keeps e-mails and retries later when the SMTP server is down', async () => {
    await submitContactRequest(context.app);
    await smtp.close();
    const reports = await runJobs();
    expect(reports.find((report) => report.name === 'mail')?.outcome).toBe('sent 0, failed 3, dropped 0');
    const waiting = await context.database.db.selectFrom('outbox_emails').selectAll().execute();
    expect(waiting.map((email) => [Number(email.attempts), email.next_attempt_at])).toEqual([
      [1, '2026-03-02T09:01:00.000Z'],
      [1, '2026-03-02T09:01:00.000Z'],
      [1, '2026-03-02T09:01:00.000Z'],
    ]);
    smtp = await startTestSmtp();
  });

  it('alerts the team once when 36 h pass without contact, never after contact', async () => {
    const waiting = await submitContactRequest(context.app);
    const contacted = await submitContactRequest(context.app, { postalCode: '75012' });
    const pro = await signIn(context.app, 'pro.a@oz.test');
    await pro.request({
      method: 'POST',
      url: `/api/pro/requests/${contacted.id}/status`,
      payload: { status: 'contacted' },
    });
    await runJobs();
    smtp.received.length = 0;

    context.clock.advanceHours(35.9);
    await runJobs();
    expect(recipientsOf('36 h')).toEqual([]);

    context.clock.advanceHours(0.2);
    await runJobs();
    expect(recipientsOf('36 h')).toEqual(['admin.a@oz.test', 'pro.a2@oz.test', 'pro.a@oz.test']);
    const rows = await context.database.db
      .selectFrom('contact_requests')
      .select(['id', 'alert_sent_at'])
      .execute();
    expect(rows.find((row) => row.id === waiting.id)?.alert_sent_at).not.toBeNull();
    expect(rows.find((row) => row.id === contacted.id)?.alert_sent_at).toBeNull();

    context.clock.advanceHours(1);
    await runJobs();
    expect(recipientsOf('36 h')).toHaveLength(3);
  });

  it('never sends an alert twice when two processes run the job at once', async () => {
    await submitContactRequest(context.app);
    context.clock.advanceHours(37);
    const { repositories: reads, transact } = context.app.store;
    const alertJob = contactAlertJob({ reads, transact, publicUrl: context.app.publicUrl });
    const other = new JobRunner(reads.jobs, [alertJob], 'other-process');
    const [mine, theirs] = await Promise.all([runJobs(), other.runDue(context.clock.now())]);
    const alerts = [...mine, ...theirs].filter((report) => report.name === 'contact-alerts');
    expect(alerts.map((report) => report.outcome)).toEqual(['alerted 1, e-mails dropped in the last 36 h 0']);
    context.clock.advanceMinutes(1);
    await runJobs();
    expect(recipientsOf('36 h')).toEqual(['admin.a@oz.test', 'pro.a2@oz.test', 'pro.a@oz.test']);
  });

  it('purges contact details, attachment and notes 90 days after closure', async () => {
    const request = await submitContactRequest(context.app, {
      email: 'camille@example.org',
      message: 'Je voudrais parler à quelqu’un',
      consentToShare: true,
      attachment: ATTACHMENT,
    });
    const pro = await signIn(context.app, 'pro.a@oz.test');
    const url = `/api/pro/requests/${request.id}`;
    await pro.request({ method: 'POST', url: `${url}/notes`, payload: { text: 'Rappeler lundi' } });
    await pro.request({ method: 'POST', url: `${url}/status`, payload: { status: 'contacted' } });
    const closed = await pro.request({ method: 'POST', url: `${url}/status`, payload: { status: 'closed' } });
    expect(closed.json().purgeAt).toBe('2026-05-31T09:00:00.000Z');

    context.clock.advanceHours(89 * 24);
    await runJobs();
    const before = await context.database.db
      .selectFrom('contact_requests')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(before.phone).not.toBeNull();

    context.clock.advanceHours(2 * 24);
    const reports = await runJobs();
    expect(reports.find((report) => report.name === 'retention-purge')?.outcome).toMatch(
      /^purged 1 requests/,
    );
    const after = await context.database.db
      .selectFrom('contact_requests')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(after).toMatchObject({
      first_name: null,
      phone: null,
      email: null,
      postal_code: null,
      message: null,
      attachment: null,
      status: 'closed',
    });
    expect(after.purged_at).not.toBeNull();
    const texts = await context.database.db
      .selectFrom('contact_request_events')
      .select(['kind', 'text'])
      .execute();
    expect(texts.every((event) => event.text === null)).toBe(true);
    expect(texts.map((event) => event.kind)).toContain('purged');
  });
});
