// The workspace's side of contact requests: the queue, one request, and what a professional does to it (assign,
// log a contact attempt, change status, add a note, refer to another structure) with its rules. Every change is
// conditional on the status just read (StaleStatusError → 409) and commits with its history event, its e-mails
// and its audit entries; every view of a person's data is audited; reaching for another structure's request is
// refused (404) and audited.
import { OPEN_STATUSES, canRefer, canTransition, isClosedStatus, purgeAtOf } from '@oz/core';
import type { ContactRequestStatus } from '@oz/core';
import type { AuditAction, QueueQuery, Queue, RequestDetail } from '@oz/contracts';
import type {
  ContactRequestChanges,
  ContactRequestRecord,
  NewContactEvent,
} from '../db/repositories/contact-request-records.js';
import type { Repositories, Transact } from '../db/store.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { auditOf, canActOnStructure, isPlatformAdmin } from '../pro/access.js';
import type { AccessRefusals, Actor } from '../pro/access.js';
import { newRequestEmails } from './emails.js';
import { queueItemOf, requestDetailOf } from './request-views.js';

type WorkflowRepositories = Pick<Repositories, 'requests' | 'audit' | 'users' | 'profiles' | 'outbox'>;

export interface RequestWorkflowDependencies {
  transact: Transact<WorkflowRepositories>;
  reads: Pick<Repositories, 'requests'>;
  refusals: AccessRefusals;
  now: () => Date;
  retentionDays: number;
  publicUrl: string;
}

const requestNotFound = (): NotFoundError =>
  new NotFoundError('contact_request_not_found', 'No such request in your structure.');

const subjectOf = (id: string) => ({ type: 'contact_request' as const, id });

export class RequestWorkflow {
  constructor(private readonly deps: RequestWorkflowDependencies) {}

  /** Whose queue: one's own structure; platform admins choose (`platform` = the platform team's, absent = all). */
  private async queueStructure(actor: Actor, query: QueueQuery): Promise<string | null | undefined> {
    if (isPlatformAdmin(actor)) return query.structureId === 'platform' ? null : query.structureId;
    if (query.structureId !== undefined && query.structureId !== actor.structureId) {
      await this.deps.refusals.refuse(actor, { type: 'queue', id: query.structureId }, 'other_structure');
      throw new ForbiddenError('forbidden', 'structureId: you can only see your own structure’s queue');
    }
    return actor.structureId ?? null;
  }

  async queue(actor: Actor, query: QueueQuery): Promise<Queue> {
    const structureId = await this.queueStructure(actor, query);
    const now = this.deps.now();
    const assigned = query.assigned;
    const requests = await this.deps.transact(async ({ requests: repository, audit }) => {
      await audit.record(auditOf(actor, 'queue.view', structureId ?? null, { type: 'queue', id: null }), now);
      return repository.queue({
        structureId,
        statuses: query.status ?? OPEN_STATUSES,
        assignedTo: assigned === 'me' ? actor.userId : assigned === 'unassigned' ? null : undefined,
        limit: query.limit,
      });
    });
    let items = requests.map((request) => queueItemOf(request, now));
    if (query.breached !== undefined) {
      const wanted = query.breached === 'true';
      items = items.filter((item) => item.breached === wanted);
    }
    return { requests: items, now: now.toISOString() };
  }

  /** One request with its history and attachment; the view is audited. */
  async detail(actor: Actor, id: string): Promise<RequestDetail> {
    const request = await this.visible(actor, id);
    const now = this.deps.now();
    const events = await this.deps.transact(async ({ requests, audit }) => {
      await audit.record(auditOf(actor, 'request.view', request.structureId, subjectOf(id)), now);
      return requests.events(id);
    });
    return requestDetailOf(request, events, now);
  }

  /** 404 for an unknown request; 404 and an audit entry for another structure's. */
  private async visible(actor: Actor, id: string): Promise<ContactRequestRecord> {
    const request = await this.deps.reads.requests.findById(id);
    if (request === undefined) throw requestNotFound();
    if (!canActOnStructure(actor, request.structureId)) {
      throw await this.deps.refusals.notFound(actor, subjectOf(id), requestNotFound());
    }
    return request;
  }

  /** Runs a change on a visible request with its audit entry, and answers the fresh detail. */
  private async act(
    actor: Actor,
    id: string,
    action: AuditAction,
    run: (request: ContactRequestRecord, repositories: WorkflowRepositories, now: Date) => Promise<void>,
  ): Promise<RequestDetail> {
    const request = await this.visible(actor, id);
    const now = this.deps.now();
    await this.deps.transact(async (repositories) => {
      await run(request, repositories, now);
      await repositories.audit.record(auditOf(actor, action, request.structureId, subjectOf(id)), now);
    });
    const updated = await this.deps.reads.requests.findById(id);
    if (updated === undefined)
      throw new NotFoundError('contact_request_not_found', 'The request was withdrawn.');
    return requestDetailOf(updated, await this.deps.reads.requests.events(id), now);
  }

  async assign(actor: Actor, id: string, userId: string): Promise<RequestDetail> {
    return this.act(actor, id, 'request.assign', async (request, { requests, users }, now) => {
      const assignee = await users.findById(userId);
      const sameTeam =
        assignee !== undefined &&
        assignee.active &&
        (request.structureId === null
          ? assignee.role === 'platform_admin'
          : assignee.structureId === request.structureId);
      if (!sameTeam)
        throw new InvalidInputError(
          'invalid_assignee',
          'userId: not an active member of this request’s team',
        );
      if (isClosedStatus(request.status))
        throw new ConflictError('request_closed', 'This request is closed.');
      const toStatus: ContactRequestStatus = request.status === 'new' ? 'assigned' : request.status;
      await requests.change(
        id,
        request.status,
        { assignedUserId: userId, status: toStatus },
        {
          kind: 'assigned',
          actorUserId: actor.userId,
          assigneeId: userId,
          fromStatus: request.status,
          toStatus: toStatus === request.status ? null : toStatus,
        },
        now,
      );
    });
  }

  async changeStatus(
    actor: Actor,
    id: string,
    status: ContactRequestStatus,
    comment: string | undefined,
  ): Promise<RequestDetail> {
    return this.act(actor, id, 'request.status_change', async (request, { requests }, now) => {
      if (status === 'assigned' || !canTransition(request.status, status)) {
        throw new ConflictError(
          'invalid_transition',
          `status: cannot go from ${request.status} to ${status}${status === 'assigned' ? ' (assign someone instead)' : ''}`,
        );
      }
      const changes: ContactRequestChanges = { status };
      if (request.contactedAt === null && status !== 'closed_unreachable' && status !== 'closed') {
        changes.contactedAt = now.toISOString();
      }
      if (status === 'contacted' && request.assignedUserId === null) changes.assignedUserId = actor.userId;
      if (isClosedStatus(status)) {
        changes.closedAt = now.toISOString();
        changes.purgeAt = purgeAtOf(now, this.deps.retentionDays).toISOString();
      }
      const event: NewContactEvent = {
        kind: 'status_changed',
        actorUserId: actor.userId,
        fromStatus: request.status,
        toStatus: status,
        text: comment ?? null,
      };
      await requests.change(id, request.status, changes, event, now);
    });
  }

  /** A contact attempt or a note: history only (the status stays). */
  async logEvent(
    actor: Actor,
    id: string,
    action: 'request.contact_attempt' | 'request.note',
    event: NewContactEvent,
  ): Promise<RequestDetail> {
    return this.act(actor, id, action, async (request, { requests }, now) => {
      if (request.purgedAt !== null) throw new ConflictError('request_purged', 'This request was purged.');
      // Same status in and out: the conditional update only guards against a concurrent purge or withdrawal.
      await requests.change(id, request.status, {}, { ...event, actorUserId: actor.userId }, now);
    });
  }

  /**
   * Moves the request to another structure on Oz: it lands in that queue as `new`, unassigned, with its whole
   * history, and its team gets the new-request e-mail. The 48 h promise keeps its deadline; if nobody reached the
   * person yet, the 36 h alert is re-armed for the receiving team.
   */
  async refer(
    actor: Actor,
    id: string,
    structureId: string,
    comment: string | undefined,
  ): Promise<RequestDetail> {
    return this.act(actor, id, 'request.refer', async (request, repositories, now) => {
      const { requests, profiles, users, outbox, audit } = repositories;
      if (!canRefer(request.status))
        throw new ConflictError('request_closed', 'A closed request cannot be referred.');
      if (structureId === request.structureId) {
        throw new InvalidInputError(
          'invalid_referral',
          'structureId: the request is already in this structure',
        );
      }
      const profile = await profiles.find(structureId);
      if (profile === undefined || !profile.receivesRequests) {
        throw new InvalidInputError(
          'invalid_referral',
          'structureId: this structure does not receive requests on Oz',
        );
      }
      await requests.change(
        id,
        request.status,
        {
          structureId,
          referredFrom: request.structureId,
          assignedUserId: null,
          status: 'new',
          ...(request.contactedAt === null ? { alertSentAt: null } : {}),
        },
        {
          kind: 'referred',
          actorUserId: actor.userId,
          fromStatus: request.status,
          toStatus: 'new',
          structureId,
          text: comment ?? null,
        },
        now,
      );
      const team = await users.emailsOfActiveTeam(structureId);
      await outbox.enqueue(newRequestEmails(team, id, new Date(request.dueAt), this.deps.publicUrl), now);
      await audit.record(auditOf(actor, 'request.referred_in', structureId, subjectOf(id)), now);
    });
  }
}
