// What a professional does to a request, with its rules: who can be assigned, which status may follow, when the
// retention clock starts, where a referral may go. Every change is conditional on the status just read
// (StaleStatusError → 409) and writes its dated event with the actor.
import { canRefer, canTransition, isClosedStatus, purgeAtOf } from '@oz/core';
import type { ContactRequestStatus } from '@oz/core';
import type { NewContactEvent } from '../db/repositories/contact-requests.repository.js';
import { HttpError } from '../http-errors.js';
import { newRequestEmails } from './emails.js';
import type { Actor } from '../pro/access.js';
import type { VisibleRequest } from '../pro/request-access.js';
import type { ProServices } from '../pro/services.js';

export async function assign(
  pro: ProServices,
  actor: Actor,
  request: VisibleRequest,
  userId: string,
): Promise<void> {
  const assignee = await pro.users.findById(userId);
  const sameTeam =
    assignee !== undefined &&
    assignee.active === 1 &&
    (request.structure_id === null
      ? assignee.role === 'platform_admin'
      : assignee.structure_id === request.structure_id);
  if (!sameTeam)
    throw new HttpError(400, 'invalid_assignee', 'userId: not an active member of this request’s team');
  if (isClosedStatus(request.statusValue))
    throw new HttpError(409, 'request_closed', 'This request is closed.');
  const toStatus: ContactRequestStatus = request.statusValue === 'new' ? 'assigned' : request.statusValue;
  await pro.requests.change(
    request.id,
    request.statusValue,
    { assigned_user_id: userId, status: toStatus },
    {
      kind: 'assigned',
      actor_user_id: actor.userId,
      assignee_id: userId,
      from_status: request.statusValue,
      to_status: toStatus === request.statusValue ? null : toStatus,
    },
    pro.now(),
  );
}

export async function changeStatus(
  pro: ProServices,
  actor: Actor,
  request: VisibleRequest,
  status: ContactRequestStatus,
  comment: string | undefined,
): Promise<void> {
  if (status === 'assigned' || !canTransition(request.statusValue, status)) {
    throw new HttpError(
      409,
      'invalid_transition',
      `status: cannot go from ${request.statusValue} to ${status}${status === 'assigned' ? ' (assign someone instead)' : ''}`,
    );
  }
  const now = pro.now();
  const changes: Parameters<ProServices['requests']['change']>[2] = { status };
  if (request.contacted_at === null && status !== 'closed_unreachable' && status !== 'closed') {
    changes.contacted_at = now.toISOString();
  }
  if (status === 'contacted' && request.assigned_user_id === null) changes.assigned_user_id = actor.userId;
  if (isClosedStatus(status)) {
    changes.closed_at = now.toISOString();
    changes.purge_at = purgeAtOf(now, pro.config.OZ_RETENTION_DAYS).toISOString();
  }
  const event: NewContactEvent = {
    kind: 'status_changed',
    actor_user_id: actor.userId,
    from_status: request.statusValue,
    to_status: status,
    text: comment ?? null,
  };
  await pro.requests.change(request.id, request.statusValue, changes, event, now);
}

export async function logEvent(
  pro: ProServices,
  request: VisibleRequest,
  event: NewContactEvent,
): Promise<void> {
  if (request.purged_at !== null) throw new HttpError(409, 'request_purged', 'This request was purged.');
  // Same status in and out: the conditional update only guards against a concurrent purge or withdrawal.
  await pro.requests.change(request.id, request.statusValue, {}, event, pro.now());
}

/**
 * Moves the request to another structure on Oz: it lands in that queue as `new`, unassigned, with its whole
 * history, and its team gets the new-request e-mail. The 48 h promise keeps its deadline; if nobody reached the
 * person yet, the 36 h alert is re-armed for the receiving team.
 */
export async function refer(
  pro: ProServices,
  actor: Actor,
  request: VisibleRequest,
  structureId: string,
  comment: string | undefined,
): Promise<void> {
  if (!canRefer(request.statusValue))
    throw new HttpError(409, 'request_closed', 'A closed request cannot be referred.');
  if (structureId === request.structure_id) {
    throw new HttpError(400, 'invalid_referral', 'structureId: the request is already in this structure');
  }
  const profile = await pro.profiles.find(structureId);
  if (profile === undefined || !profile.receivesRequests) {
    throw new HttpError(
      400,
      'invalid_referral',
      'structureId: this structure does not receive requests on Oz',
    );
  }
  await pro.requests.change(
    request.id,
    request.statusValue,
    {
      structure_id: structureId,
      referred_from: request.structure_id,
      assigned_user_id: null,
      status: 'new',
      ...(request.contacted_at === null ? { alert_sent_at: null } : {}),
    },
    {
      kind: 'referred',
      actor_user_id: actor.userId,
      from_status: request.statusValue,
      to_status: 'new',
      structure_id: structureId,
      text: comment ?? null,
    },
    pro.now(),
    newRequestEmails(
      await pro.users.emailsOfActiveTeam(structureId),
      request.id,
      new Date(request.due_at),
      pro.publicUrl,
    ),
  );
}
