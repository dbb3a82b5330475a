// Mail that carries the 48 h promise must not vanish silently (issue 9): a failure is logged at warn with its
// error class and code — never an address —, an e-mail given up is recorded, and the 36 h alert job's summary
// counts the e-mails given up in the last 36 hours.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS } from '../test-support/databases.js';
import { submitContactRequest } from '../test-support/contact-request.fixture.js';
import { buildProTestApp } from '../test-support/pro-app.js';
import type { ProTestApp } from '../test-support/pro-app.js';
import { contactAlertJob, mailDeliveryJob } from './contact-jobs.js';
import type { Mailer } from './contact-jobs.js';

class SmtpRejection extends Error {
  readonly code = 'EENVELOPE';
  readonly responseCode = 550;
  constructor(address: string) {
    super(`550 5.1.1 <${address}>: Recipient address rejected`);
    this.name = 'SmtpRejection';
  }
}

const rejectingMailer: Mailer = {
  configured: true,
  async send(message) {
    throw new SmtpRejection(message.to);
  },
};

describe.each(TEST_DATABASE_KINDS)('mail delivery failures (%s)', (kind) => {
  let context: ProTestApp;
  beforeEach(async () => {
    context = await buildProTestApp(kind);
  });
  afterEach(async () => {
    await context.close();
  });

  it('logs class and code at warn without any address, then drops and counts after the last attempt', async () => {
    await submitContactRequest(context.app, { email: 'camille@example.org' });
    const warnings: { details: Record<string, unknown>; message: string }[] = [];
    const { outbox } = context.app.store.repositories;
    const job = mailDeliveryJob({
      outbox,
      mailer: rejectingMailer,
      log: { warn: (details, message) => warnings.push({ details, message }) },
    });
    const outcomes: string[] = [];
    // 8 attempts, 1 + 2 + 4 … 64 minutes apart.
    for (let attempt = 0; attempt < 8; attempt += 1) {
      outcomes.push(await job.run(context.clock.now()));
      context.clock.advanceMinutes(2 ** attempt + 0.5);
    }
    expect(outcomes[0]).toBe('sent 0, failed 4, dropped 0');
    expect(outcomes[7]).toBe('sent 0, failed 0, dropped 4');
    expect(warnings[0]).toMatchObject({
      message: 'e-mail delivery failed, will retry',
      details: { errorClass: 'SmtpRejection', code: 'EENVELOPE:550', attempt: 1 },
    });
    expect(
      warnings.filter((warning) => warning.message === 'e-mail dropped after its last attempt'),
    ).toHaveLength(4);
    expect(JSON.stringify(warnings)).not.toMatch(/@/);
    expect(await outbox.backlog()).toEqual({ waiting: 0, maxAttempts: 0 });
    const drops = await context.database.db.selectFrom('email_drops').selectAll().execute();
    expect(drops.map((drop) => [drop.kind, drop.last_error]).sort()).toEqual([
      ['new_request', 'EENVELOPE:550'],
      ['new_request', 'EENVELOPE:550'],
      ['new_request', 'EENVELOPE:550'],
      ['person_confirmation', 'EENVELOPE:550'],
    ]);
    expect(JSON.stringify(drops)).not.toMatch(/@/);

    const { repositories: reads, transact } = context.app.store;
    const alerts = contactAlertJob({ reads, transact, publicUrl: context.app.publicUrl });
    expect(await alerts.run(context.clock.now())).toMatch(/, e-mails dropped in the last 36 h 4$/);
    context.clock.advanceHours(37);
    expect(await alerts.run(context.clock.now())).toMatch(/, e-mails dropped in the last 36 h 0$/);
  });

  it('records e-mails as dropped when mail is off, instead of pretending they left', async () => {
    await submitContactRequest(context.app);
    const warnings: Record<string, unknown>[] = [];
    const job = mailDeliveryJob({
      outbox: context.app.store.repositories.outbox,
      mailer: { configured: false, send: () => Promise.reject(new Error('unused')) },
      log: { warn: (details) => warnings.push(details) },
    });
    expect(await job.run(context.clock.now())).toBe('sent 0, failed 0, dropped 3 (mail off)');
    expect(warnings).toEqual([{ count: 3 }]);
    expect(await context.app.store.repositories.outbox.droppedSince(new Date(0))).toBe(3);
  });
});
