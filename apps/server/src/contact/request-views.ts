// Contact-request records → the shapes of the API: the person's tracking page, the workspace queue and detail.
import { allowedNextStatuses, deadlineState } from '@oz/core';
import type { ContactEvent, ContactRequestTracking, QueueItem, RequestDetail } from '@oz/contracts';
import type { ContactEventRecord, ContactRequestRecord } from '../db/repositories/contact-request-records.js';

function dateOrNull(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}

export function queueItemOf(request: ContactRequestRecord, now: Date): QueueItem {
  const state = deadlineState(
    {
      status: request.status,
      createdAt: new Date(request.createdAt),
      dueAt: new Date(request.dueAt),
      contactedAt: dateOrNull(request.contactedAt),
    },
    now,
  );
  return {
    id: request.id,
    status: request.status,
    subject: request.subject,
    firstName: request.firstName,
    postalCode: request.postalCode,
    structureId: request.structureId,
    assignedTo:
      request.assignedUserId === null
        ? null
        : { id: request.assignedUserId, displayName: request.assigneeName ?? '' },
    createdAt: request.createdAt,
    dueAt: request.dueAt,
    msLeft: state.msLeft,
    breached: state.breached,
    alert: state.alert,
    hasAttachment: request.attachment !== null,
    referredFrom: request.referredFrom,
  };
}

function eventOf(event: ContactEventRecord): ContactEvent {
  return {
    id: event.id,
    kind: event.kind,
    at: event.at,
    actor: event.actor,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    structureId: event.structureId,
    assigneeId: event.assigneeId,
    channel: event.channel,
    outcome: event.outcome,
    text: event.text,
  };
}

export function requestDetailOf(
  request: ContactRequestRecord,
  events: readonly ContactEventRecord[],
  now: Date,
): RequestDetail {
  return {
    ...queueItemOf(request, now),
    phone: request.phone,
    email: request.email,
    preferredSlots: request.preferredSlots,
    message: request.message,
    consentToShare: request.consentToShare,
    attachment: request.attachment,
    contactedAt: request.contactedAt,
    closedAt: request.closedAt,
    purgeAt: request.purgeAt,
    allowedNextStatuses: [...allowedNextStatuses(request.status)],
    events: events.map(eventOf),
  };
}

const STEP_KINDS: ReadonlySet<ContactEventRecord['kind']> = new Set([
  'created',
  'assigned',
  'status_changed',
  'referred',
]);

/** The steps the person sees: creation, status changes and referrals, without who or why. */
export function trackingOf(
  request: ContactRequestRecord,
  events: readonly ContactEventRecord[],
  structure: { name: string; phone: string | null } | null,
): ContactRequestTracking {
  const steps = events
    .filter((event) => STEP_KINDS.has(event.kind))
    .flatMap((event) => (event.toStatus === null ? [] : [{ status: event.toStatus, at: event.at }]));
  return {
    id: request.id,
    status: request.status,
    subject: request.subject,
    createdAt: request.createdAt,
    dueAt: request.dueAt,
    contactedAt: request.contactedAt,
    structure,
    steps,
  };
}
