// Database rows → the shapes of the API: the person's tracking page, the workspace queue and detail.
import { allowedNextStatuses, deadlineState } from '@oz/core';
import {
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  ContactAttachmentSchema,
  ContactEventKindSchema,
  ContactRequestStatusSchema,
  ContactSlotSchema,
  ContactSubjectSchema,
} from '@oz/contracts';
import type { ContactEvent, ContactRequestTracking, QueueItem, RequestDetail } from '@oz/contracts';
import { z } from 'zod';
import type { ContactEventRow, ContactRequestRow } from '../db/repositories/contact-requests.repository.js';

const ChannelSchema = z.enum(CONTACT_CHANNELS).nullable();
const OutcomeSchema = z.enum(CONTACT_OUTCOMES).nullable();
const SlotsSchema = z.array(ContactSlotSchema);
const StatusOrNull = ContactRequestStatusSchema.nullable();

function statusOf(row: ContactRequestRow) {
  return ContactRequestStatusSchema.parse(row.status);
}

function dateOrNull(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}

export function queueItemOf(row: ContactRequestRow & { assignee_name: string | null }, now: Date): QueueItem {
  const status = statusOf(row);
  const state = deadlineState(
    {
      status,
      createdAt: new Date(row.created_at),
      dueAt: new Date(row.due_at),
      contactedAt: dateOrNull(row.contacted_at),
    },
    now,
  );
  return {
    id: row.id,
    status,
    subject: ContactSubjectSchema.parse(row.subject),
    firstName: row.first_name,
    postalCode: row.postal_code,
    structureId: row.structure_id,
    assignedTo:
      row.assigned_user_id === null
        ? null
        : { id: row.assigned_user_id, displayName: row.assignee_name ?? '' },
    createdAt: row.created_at,
    dueAt: row.due_at,
    msLeft: state.msLeft,
    breached: state.breached,
    alert: state.alert,
    hasAttachment: row.attachment !== null,
    referredFrom: row.referred_from,
  };
}

function eventOf(row: ContactEventRow): ContactEvent {
  return {
    id: row.id,
    kind: ContactEventKindSchema.parse(row.kind),
    at: row.at,
    actor: row.actor_user_id === null ? null : { id: row.actor_user_id, displayName: row.actor_name ?? '' },
    fromStatus: StatusOrNull.parse(row.from_status),
    toStatus: StatusOrNull.parse(row.to_status),
    structureId: row.structure_id,
    assigneeId: row.assignee_id,
    channel: ChannelSchema.parse(row.channel),
    outcome: OutcomeSchema.parse(row.outcome),
    text: row.text,
  };
}

export function requestDetailOf(
  row: ContactRequestRow & { assignee_name: string | null },
  events: readonly ContactEventRow[],
  now: Date,
): RequestDetail {
  return {
    ...queueItemOf(row, now),
    phone: row.phone,
    email: row.email,
    preferredSlots: SlotsSchema.parse(JSON.parse(row.preferred_slots)),
    message: row.message,
    consentToShare: row.consent_to_share === 1,
    attachment: row.attachment === null ? null : ContactAttachmentSchema.parse(JSON.parse(row.attachment)),
    contactedAt: row.contacted_at,
    closedAt: row.closed_at,
    purgeAt: row.purge_at,
    allowedNextStatuses: [...allowedNextStatuses(statusOf(row))],
    events: events.map(eventOf),
  };
}

/** The steps the person sees: creation, status changes and referrals, without who or why. */
export function trackingOf(
  row: ContactRequestRow,
  events: readonly ContactEventRow[],
  structure: { name: string; phone: string | null } | null,
): ContactRequestTracking {
  const steps = events
    .filter((event) => ['created', 'assigned', 'status_changed', 'referred'].includes(event.kind))
    .flatMap((event) => {
      const status = StatusOrNull.parse(event.to_status);
      return status === null ? [] : [{ status, at: event.at }];
    });
  return {
    id: row.id,
    status: statusOf(row),
    subject: ContactSubjectSchema.parse(row.subject),
    createdAt: row.created_at,
    dueAt: row.due_at,
    contactedAt: row.contacted_at,
    structure,
    steps,
  };
}
