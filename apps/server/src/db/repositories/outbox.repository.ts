// E-mails waiting to be sent. Written in the same step as what causes them, sent by the `mail` job (one
// process at a time), retried with a growing delay, and deleted once sent: addresses do not linger.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { OutboxEmailsTable } from '../schema-pro.js';

export type OutboxEmail = Selectable<OutboxEmailsTable>;

export interface EmailMessage {
  to: string;
  subject: string;
  body: string;
}

/** After this many failed attempts an e-mail is dropped (its count is logged, never its content). */
export const MAX_EMAIL_ATTEMPTS = 8;

/**
 * Queues e-mails on any connection — pass a transaction to queue them atomically with what causes them
 * (transactional outbox: the e-mail exists if and only if the change was committed).
 */
export async function enqueueEmails(
  db: Kysely<Database>,
  messages: readonly EmailMessage[],
  now: Date,
): Promise<void> {
  if (messages.length === 0) return;
  await db
    .insertInto('outbox_emails')
    .values(
      messages.map((message) => ({
        id: randomUUID(),
        created_at: now.toISOString(),
        to_address: message.to,
        subject: message.subject,
        body: message.body,
        attempts: 0,
        next_attempt_at: now.toISOString(),
      })),
    )
    .execute();
}

export class OutboxRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async enqueue(messages: readonly EmailMessage[], now: Date): Promise<void> {
    await enqueueEmails(this.db, messages, now);
  }

  async due(now: Date, limit = 50): Promise<OutboxEmail[]> {
    return this.db
      .selectFrom('outbox_emails')
      .selectAll()
      .where('next_attempt_at', '<=', now.toISOString())
      .orderBy('created_at')
      .limit(limit)
      .execute();
  }

  async markSent(id: string): Promise<void> {
    await this.db.deleteFrom('outbox_emails').where('id', '=', id).execute();
  }

  /** Schedules a retry after 1, 2, 4… minutes; returns false when the e-mail was dropped instead. */
  async markFailed(email: OutboxEmail, now: Date): Promise<boolean> {
    const attempts = Number(email.attempts) + 1;
    if (attempts >= MAX_EMAIL_ATTEMPTS) {
      await this.db.deleteFrom('outbox_emails').where('id', '=', email.id).execute();
      return false;
    }
    const delayMs = 60_000 * 2 ** (attempts - 1);
    await this.db
      .updateTable('outbox_emails')
      .set({ attempts, next_attempt_at: new Date(now.getTime() + delayMs).toISOString() })
      .where('id', '=', email.id)
      .execute();
    return true;
  }
}
