// E-mails waiting to be sent. Written in the same transaction as what causes them, sent by the `mail` job (one
// process at a time), retried with a growing delay, and deleted once sent: addresses do not linger. An e-mail
// given up after its last attempt leaves a trace in `email_drops` (what and when, never the address or text).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { inTransaction } from '../transaction.js';

export const EMAIL_KINDS = [
  'new_request',
  'no_contact_alert',
  'person_confirmation',
  'team_invitation',
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export interface EmailMessage {
  to: string;
  subject: string;
  body: string;
  kind: EmailKind;
  /** The contact request it is about, if any (ids only). */
  requestId?: string | null;
}

export interface OutboxEmail extends EmailMessage {
  id: string;
  attempts: number;
  createdAt: string;
}

/** After this many failed attempts an e-mail is dropped (its count is logged, never its content). */
export const MAX_EMAIL_ATTEMPTS = 8;

function kindOf(value: string | null): EmailKind {
  return EMAIL_KINDS.find((kind) => kind === value) ?? 'new_request';
}

export class OutboxRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Queues e-mails on the caller's connection — inside `transact` they exist if and only if the change that
   * causes them commits (transactional outbox).
   */
  async enqueue(messages: readonly EmailMessage[], now: Date): Promise<void> {
    if (messages.length === 0) return;
    await this.db
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
          kind: message.kind,
          request_id: message.requestId ?? null,
        })),
      )
      .execute();
  }

  async due(now: Date, limit = 50): Promise<OutboxEmail[]> {
    const rows = await this.db
      .selectFrom('outbox_emails')
      .selectAll()
      .where('next_attempt_at', '<=', now.toISOString())
      .orderBy('created_at')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      to: row.to_address,
      subject: row.subject,
      body: row.body,
      kind: kindOf(row.kind),
      requestId: row.request_id,
      attempts: Number(row.attempts),
      createdAt: row.created_at,
    }));
  }

  async markSent(id: string): Promise<void> {
    await this.db.deleteFrom('outbox_emails').where('id', '=', id).execute();
  }

  /**
   * Schedules a retry after 1, 2, 4… minutes; after the last attempt the e-mail is deleted and its drop
   * recorded. Answers whether it will be retried.
   */
  async markFailed(email: OutboxEmail, now: Date, errorCode: string): Promise<'retry' | 'dropped'> {
    const attempts = email.attempts + 1;
    if (attempts >= MAX_EMAIL_ATTEMPTS) {
      await this.drop(email, now, attempts, errorCode);
      return 'dropped';
    }
    const delayMs = 60_000 * 2 ** (attempts - 1);
    await this.db
      .updateTable('outbox_emails')
      .set({ attempts, next_attempt_at: new Date(now.getTime() + delayMs).toISOString() })
      .where('id', '=', email.id)
      .execute();
    return 'retry';
  }

  /** Gives an e-mail up: deleted, and its drop recorded (kind, request, attempts, reason). */
  async drop(email: OutboxEmail, now: Date, attempts: number, reason: string): Promise<void> {
    await inTransaction(this.db, async (transaction) => {
      await transaction.deleteFrom('outbox_emails').where('id', '=', email.id).execute();
      await transaction
        .insertInto('email_drops')
        .values({
          id: randomUUID(),
          dropped_at: now.toISOString(),
          kind: email.kind,
          request_id: email.requestId ?? null,
          attempts,
          last_error: reason.slice(0, 60),
        })
        .execute();
    });
  }

  /** E-mails given up since `since` (the 36 h alert job reports them). */
  async droppedSince(since: Date): Promise<number> {
    const row = await this.db
      .selectFrom('email_drops')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('dropped_at', '>=', since.toISOString())
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** Forgets drop records older than `before` (the retention job). */
  async purgeDropsBefore(before: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('email_drops')
      .where('dropped_at', '<', before.toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Waiting e-mails and the most attempts among them (health of the mail path). */
  async backlog(): Promise<{ waiting: number; maxAttempts: number }> {
    const row = await this.db
      .selectFrom('outbox_emails')
      .select((eb) => [
        eb.fn.countAll<number | string>().as('count'),
        eb.fn.max<number | string | null>('attempts').as('max_attempts'),
      ])
      .executeTakeFirstOrThrow();
    return { waiting: Number(row.count), maxAttempts: Number(row.max_attempts ?? 0) };
  }
}
