// Contact requests and their history. Every change of a request writes its event in the same transaction, and
// status changes are conditional on the status the actor saw (two professionals cannot both move it).
import { alertCutoffOf, AWAITING_CONTACT_STATUSES } from '@oz/core';
import type { ContactRequestStatus } from '@oz/core';
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../schema.js';
import { enqueueEmails } from './outbox.repository.js';
import { sortableId } from './sortable-id.js';
import type { EmailMessage } from './outbox.repository.js';
import type { ContactRequestEventsTable, ContactRequestsTable } from '../schema-pro.js';

export type ContactRequestRow = Selectable<ContactRequestsTable>;
export type ContactEventRow = Selectable<ContactRequestEventsTable> & { actor_name: string | null };
export type NewContactEvent = Omit<Insertable<ContactRequestEventsTable>, 'id' | 'request_id' | 'at'>;

export interface QueueFilter {
  /** Undefined: every structure (platform admins only); null: the platform team's requests. */
  structureId: string | null | undefined;
  statuses: readonly ContactRequestStatus[];
  assignedTo?: string | null | undefined;
  limit: number;
}

export type InsertOutcome =
  { created: true; row: ContactRequestRow } | { created: false; row: ContactRequestRow };

export class StaleStatusError extends Error {
  constructor() {
    super('The request changed meanwhile: reload it.');
    this.name = 'StaleStatusError';
  }
}

export class ContactRequestsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Inserts a new request with its `created` event, or returns the one already stored under the same
   * idempotency key. The unique index settles races: the loser of a concurrent insert reads the winner's row.
   */
  async insertOnce(row: ContactRequestRow, emails: readonly EmailMessage[]): Promise<InsertOutcome> {
    const existing = await this.findByIdempotencyKey(row.idempotency_key);
    if (existing !== undefined) return { created: false, row: existing };
    try {
      await this.db.transaction().execute(async (transaction) => {
        await transaction.insertInto('contact_requests').values(row).execute();
        await transaction
          .insertInto('contact_request_events')
          .values({
            ...eventValues(row.id, new Date(row.created_at), { kind: 'created', to_status: row.status }),
          })
          .execute();
        await enqueueEmails(transaction, emails, new Date(row.created_at));
      });
      return { created: true, row };
    } catch (error) {
      const winner = await this.findByIdempotencyKey(row.idempotency_key);
      if (winner !== undefined) return { created: false, row: winner };
      throw error;
    }
  }

  async findById(id: string): Promise<ContactRequestRow | undefined> {
    return this.db.selectFrom('contact_requests').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async findWithAssignee(
    id: string,
  ): Promise<(ContactRequestRow & { assignee_name: string | null }) | undefined> {
    return this.db
      .selectFrom('contact_requests')
      .leftJoin('users', 'users.id', 'contact_requests.assigned_user_id')
      .selectAll('contact_requests')
      .select('users.display_name as assignee_name')
      .where('contact_requests.id', '=', id)
      .executeTakeFirst();
  }

  async findByIdempotencyKey(key: string): Promise<ContactRequestRow | undefined> {
    return this.db
      .selectFrom('contact_requests')
      .selectAll()
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
  }

  /** The queue: sorted by deadline, most urgent first. */
  async queue(filter: QueueFilter): Promise<(ContactRequestRow & { assignee_name: string | null })[]> {
    let query = this.db
      .selectFrom('contact_requests')
      .leftJoin('users', 'users.id', 'contact_requests.assigned_user_id')
      .selectAll('contact_requests')
      .select('users.display_name as assignee_name')
      .where('contact_requests.status', 'in', [...filter.statuses])
      .orderBy('contact_requests.due_at')
      .orderBy('contact_requests.id')
      .limit(filter.limit);
    if (filter.structureId === null) query = query.where('contact_requests.structure_id', 'is', null);
    else if (filter.structureId !== undefined)
      query = query.where('contact_requests.structure_id', '=', filter.structureId);
    if (filter.assignedTo === null) query = query.where('contact_requests.assigned_user_id', 'is', null);
    else if (filter.assignedTo !== undefined)
      query = query.where('contact_requests.assigned_user_id', '=', filter.assignedTo);
    return query.execute();
  }

  async events(requestId: string): Promise<ContactEventRow[]> {
    return this.db
      .selectFrom('contact_request_events')
      .leftJoin('users', 'users.id', 'contact_request_events.actor_user_id')
      .selectAll('contact_request_events')
      .select('users.display_name as actor_name')
      .where('contact_request_events.request_id', '=', requestId)
      .orderBy('contact_request_events.at')
      .orderBy('contact_request_events.id')
      .execute();
  }

  /**
   * Applies `changes` and records `event`, only if the request is still in `expectedStatus`
   * (else StaleStatusError: someone else moved it).
   */
  async change(
    id: string,
    expectedStatus: ContactRequestStatus,
    changes: Updateable<ContactRequestsTable>,
    event: NewContactEvent,
    now: Date,
    emails: readonly EmailMessage[] = [],
  ): Promise<void> {
    await this.db.transaction().execute(async (transaction) => {
      const result = await transaction
        .updateTable('contact_requests')
        .set({ ...changes, updated_at: now.toISOString() })
        .where('id', '=', id)
        .where('status', '=', expectedStatus)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new StaleStatusError();
      await transaction
        .insertInto('contact_request_events')
        .values(eventValues(id, now, event))
        .execute();
      await enqueueEmails(transaction, emails, now);
    });
  }

  /** The person withdrew: the request and its history are erased (the audit log keeps only ids). */
  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('contact_requests').where('id', '=', id).execute();
  }

  /** Requests still awaiting contact 36 h after creation whose alert has not been sent. */
  async dueForAlert(now: Date, limit = 100): Promise<ContactRequestRow[]> {
    const cutoff = alertCutoffOf(now).toISOString();
    return this.db
      .selectFrom('contact_requests')
      .selectAll()
      .where('alert_sent_at', 'is', null)
      .where('status', 'in', [...AWAITING_CONTACT_STATUSES])
      .where('created_at', '<=', cutoff)
      .orderBy('created_at')
      .limit(limit)
      .execute();
  }

  /**
   * Marks the alert as sent and queues its e-mails in one transaction; false when another run already did
   * (the e-mails are then not queued twice).
   */
  async claimAlert(id: string, now: Date, emails: readonly EmailMessage[]): Promise<boolean> {
    return this.db.transaction().execute(async (transaction) => {
      const result = await transaction
        .updateTable('contact_requests')
        .set({ alert_sent_at: now.toISOString() })
        .where('id', '=', id)
        .where('alert_sent_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await enqueueEmails(transaction, emails, now);
      return true;
    });
  }

  async dueForPurge(now: Date, limit = 200): Promise<string[]> {
    const rows = await this.db
      .selectFrom('contact_requests')
      .select('id')
      .where('purged_at', 'is', null)
      .where('purge_at', 'is not', null)
      .where('purge_at', '<=', now.toISOString())
      .orderBy('purge_at')
      .limit(limit)
      .execute();
    return rows.map((row) => row.id);
  }

  /**
   * Erases contact details, message, attachment and the free text of the history (notes and comments may hold
   * health information); keeps the dated steps for statistics. One transaction per request.
   */
  async purge(id: string, now: Date): Promise<void> {
    await this.db.transaction().execute(async (transaction) => {
      const result = await transaction
        .updateTable('contact_requests')
        .set({
          first_name: null,
          phone: null,
          email: null,
          postal_code: null,
          message: null,
          attachment: null,
          preferred_slots: '[]',
          payload_fingerprint: null,
          purged_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .where('id', '=', id)
        .where('purged_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return;
      await transaction
        .updateTable('contact_request_events')
        .set({ text: null })
        .where('request_id', '=', id)
        .execute();
      await transaction
        .insertInto('contact_request_events')
        .values(eventValues(id, now, { kind: 'purged' }))
        .execute();
    });
  }
}

function eventValues(
  requestId: string,
  at: Date,
  event: NewContactEvent,
): Insertable<ContactRequestEventsTable> {
  return { id: sortableId(at), request_id: requestId, at: at.toISOString(), ...event };
}
