// Contact requests and their history. Every change of a request writes its event in the same transaction, and
// status changes are conditional on the status the actor saw (two professionals cannot both move it). Methods
// run on the caller's connection: inside `transact` they join its transaction (with the e-mails and the audit
// entries of the same change).
import { AWAITING_CONTACT_STATUSES, alertCutoffOf } from '@oz/core';
import type { ContactRequestStatus } from '@oz/core';
import type { Kysely } from 'kysely';
import { ConflictError } from '../../errors.js';
import type { Database } from '../schema.js';
import { inTransaction } from '../transaction.js';
import {
  eventOfRow,
  requestOfRow,
  rowChangesOf,
  rowOfEvent,
  rowOfRequest,
} from './contact-request-records.js';
import type {
  ContactEventRecord,
  ContactRequestChanges,
  ContactRequestRecord,
  NewContactEvent,
  NewContactRequest,
} from './contact-request-records.js';
import { sortableId } from './sortable-id.js';

export interface QueueFilter {
  /** Undefined: every structure (platform admins only); null: the platform team's requests. */
  structureId: string | null | undefined;
  statuses: readonly ContactRequestStatus[];
  assignedTo?: string | null | undefined;
  limit: number;
}

export type InsertOutcome =
  { created: true; request: ContactRequestRecord } | { created: false; request: ContactRequestRecord };

/** Someone else moved the request between reading it and changing it. */
export class StaleStatusError extends ConflictError {
  constructor() {
    super('request_changed', 'The request changed meanwhile: reload it.');
  }
}

export class ContactRequestsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private selectRequests() {
    return this.db
      .selectFrom('contact_requests')
      .leftJoin('users', 'users.id', 'contact_requests.assigned_user_id')
      .selectAll('contact_requests')
      .select('users.display_name as assignee_name');
  }

  /**
   * Inserts a new request with its `created` event, or returns the one already stored under the same
   * idempotency key. The unique index settles races (`on conflict do nothing`, so no error aborts the
   * transaction): the loser reads the winner's row.
   */
  async insertOnce(request: NewContactRequest): Promise<InsertOutcome> {
    return inTransaction(this.db, async (transaction) => {
      const inserted = await transaction
        .insertInto('contact_requests')
        .values(rowOfRequest(request))
        .onConflict((conflict) => conflict.column('idempotency_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted === undefined) {
        const winner = await new ContactRequestsRepository(transaction).findByIdempotencyKey(
          request.idempotencyKey,
        );
        if (winner === undefined) throw new Error('idempotency key conflict without a stored request');
        return { created: false, request: winner };
      }
      const createdAt = new Date(request.createdAt);
      await transaction
        .insertInto('contact_request_events')
        .values(
          rowOfEvent(sortableId(createdAt), request.id, createdAt, {
            kind: 'created',
            toStatus: request.status,
          }),
        )
        .execute();
      return { created: true, request: { ...request, assigneeName: null } };
    });
  }

  async findById(id: string): Promise<ContactRequestRecord | undefined> {
    const row = await this.selectRequests().where('contact_requests.id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : requestOfRow(row);
  }

  async findByIdempotencyKey(key: string): Promise<ContactRequestRecord | undefined> {
    const row = await this.selectRequests()
      .where('contact_requests.idempotency_key', '=', key)
      .executeTakeFirst();
    return row === undefined ? undefined : requestOfRow(row);
  }

  /** The queue: sorted by deadline, most urgent first. */
  async queue(filter: QueueFilter): Promise<ContactRequestRecord[]> {
    let query = this.selectRequests()
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
    return (await query.execute()).map(requestOfRow);
  }

  async events(requestId: string): Promise<ContactEventRecord[]> {
    const rows = await this.db
      .selectFrom('contact_request_events')
      .leftJoin('users', 'users.id', 'contact_request_events.actor_user_id')
      .selectAll('contact_request_events')
      .select('users.display_name as actor_name')
      .where('contact_request_events.request_id', '=', requestId)
      .orderBy('contact_request_events.at')
      .orderBy('contact_request_events.id')
      .execute();
    return rows.map(eventOfRow);
  }

  /**
   * Applies `changes` and records `event`, only if the request is still in `expectedStatus` (else
   * StaleStatusError: someone else moved it, and nothing is written).
   */
  async change(
    id: string,
    expectedStatus: ContactRequestStatus,
    changes: ContactRequestChanges,
    event: NewContactEvent,
    now: Date,
  ): Promise<void> {
    await inTransaction(this.db, async (transaction) => {
      const result = await transaction
        .updateTable('contact_requests')
        .set({ ...rowChangesOf(changes), updated_at: now.toISOString() })
        .where('id', '=', id)
        .where('status', '=', expectedStatus)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new StaleStatusError();
      await transaction
        .insertInto('contact_request_events')
        .values(rowOfEvent(sortableId(now), id, now, event))
        .execute();
    });
  }

  /** The person withdrew: the request and its history are erased (the audit log keeps only ids). */
  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('contact_requests').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** Requests still awaiting contact 36 h after creation whose alert has not been sent. */
  async dueForAlert(now: Date, limit = 100): Promise<ContactRequestRecord[]> {
    const cutoff = alertCutoffOf(now).toISOString();
    const rows = await this.selectRequests()
      .where('contact_requests.alert_sent_at', 'is', null)
      .where('contact_requests.status', 'in', [...AWAITING_CONTACT_STATUSES])
      .where('contact_requests.created_at', '<=', cutoff)
      .orderBy('contact_requests.created_at')
      .limit(limit)
      .execute();
    return rows.map(requestOfRow);
  }

  /** Marks the alert as sent; false when another run already did (the caller then queues nothing). */
  async claimAlert(id: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('contact_requests')
      .set({ alert_sent_at: now.toISOString() })
      .where('id', '=', id)
      .where('alert_sent_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
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
   * health information); keeps the dated steps for statistics. False when it was already purged.
   */
  async purge(id: string, now: Date): Promise<boolean> {
    return inTransaction(this.db, async (transaction) => {
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
      if (Number(result.numUpdatedRows) !== 1) return false;
      await transaction
        .updateTable('contact_request_events')
        .set({ text: null })
        .where('request_id', '=', id)
        .execute();
      await transaction
        .insertInto('contact_request_events')
        .values(rowOfEvent(sortableId(now), id, now, { kind: 'purged' }))
        .execute();
      return true;
    });
  }
}
