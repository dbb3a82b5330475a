// Contact requests as the domain sees them, and their mapping from and to database rows: typed statuses and
// enums, booleans, parsed JSON — callers never see 0/1 integers or JSON text.
import {
  ContactAttachmentSchema,
  ContactEventKindSchema,
  ContactRequestStatusSchema,
  ContactSlotSchema,
  ContactSubjectSchema,
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
} from '@oz/contracts';
import type { ContactRequestStatus } from '@oz/core';
import type { ContactAttachment, ContactEventKind, ContactSlot, ContactSubject } from '@oz/contracts';
import type { Insertable, Selectable } from 'kysely';
import { z } from 'zod';
import type { ContactRequestEventsTable, ContactRequestsTable } from '../schema-pro.js';

export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

export interface ContactRequestRecord {
  id: string;
  idempotencyKey: string;
  /** HMAC of the submitted payload; null once purged. */
  payloadFingerprint: string | null;
  trackingTokenHash: string;
  subject: ContactSubject;
  firstName: string | null;
  phone: string | null;
  email: string | null;
  preferredSlots: ContactSlot[];
  postalCode: string | null;
  message: string | null;
  consentToShare: boolean;
  attachment: ContactAttachment | null;
  locale: 'fr' | 'en';
  status: ContactRequestStatus;
  structureId: string | null;
  referredFrom: string | null;
  assignedUserId: string | null;
  /** Display name of the assignee (joined), null when unassigned. */
  assigneeName: string | null;
  /** Instants, ISO-8601. */
  createdAt: string;
  dueAt: string;
  contactedAt: string | null;
  alertSentAt: string | null;
  closedAt: string | null;
  purgeAt: string | null;
  purgedAt: string | null;
  updatedAt: string;
}

export type NewContactRequest = Omit<ContactRequestRecord, 'assigneeName'>;

/** What a workspace action may change on a request. */
export type ContactRequestChanges = Partial<
  Pick<
    ContactRequestRecord,
    | 'status'
    | 'structureId'
    | 'referredFrom'
    | 'assignedUserId'
    | 'contactedAt'
    | 'alertSentAt'
    | 'closedAt'
    | 'purgeAt'
  >
>;

export interface ContactEventRecord {
  id: string;
  requestId: string;
  at: string;
  kind: ContactEventKind;
  actor: { id: string; displayName: string } | null;
  fromStatus: ContactRequestStatus | null;
  toStatus: ContactRequestStatus | null;
  structureId: string | null;
  assigneeId: string | null;
  channel: ContactChannel | null;
  outcome: ContactOutcome | null;
  text: string | null;
}

export interface NewContactEvent {
  kind: ContactEventKind;
  actorUserId?: string | null;
  fromStatus?: ContactRequestStatus | null;
  toStatus?: ContactRequestStatus | null;
  structureId?: string | null;
  assigneeId?: string | null;
  channel?: ContactChannel | null;
  outcome?: ContactOutcome | null;
  text?: string | null;
}

const StatusOrNull = ContactRequestStatusSchema.nullable();
const ChannelOrNull = z.enum(CONTACT_CHANNELS).nullable();
const OutcomeOrNull = z.enum(CONTACT_OUTCOMES).nullable();
const SlotsSchema = z.array(ContactSlotSchema);
const LocaleSchema = z.enum(['fr', 'en']);

type RequestRow = Selectable<ContactRequestsTable> & { assignee_name: string | null };

export function requestOfRow(row: RequestRow): ContactRequestRecord {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    payloadFingerprint: row.payload_fingerprint,
    trackingTokenHash: row.tracking_token_hash,
    subject: ContactSubjectSchema.parse(row.subject),
    firstName: row.first_name,
    phone: row.phone,
    email: row.email,
    preferredSlots: SlotsSchema.parse(JSON.parse(row.preferred_slots)),
    postalCode: row.postal_code,
    message: row.message,
    consentToShare: Number(row.consent_to_share) === 1,
    attachment: row.attachment === null ? null : ContactAttachmentSchema.parse(JSON.parse(row.attachment)),
    locale: LocaleSchema.parse(row.locale),
    status: ContactRequestStatusSchema.parse(row.status),
    structureId: row.structure_id,
    referredFrom: row.referred_from,
    assignedUserId: row.assigned_user_id,
    assigneeName: row.assignee_name,
    createdAt: row.created_at,
    dueAt: row.due_at,
    contactedAt: row.contacted_at,
    alertSentAt: row.alert_sent_at,
    closedAt: row.closed_at,
    purgeAt: row.purge_at,
    purgedAt: row.purged_at,
    updatedAt: row.updated_at,
  };
}

export function rowOfRequest(request: NewContactRequest): Insertable<ContactRequestsTable> {
  return {
    id: request.id,
    idempotency_key: request.idempotencyKey,
    payload_fingerprint: request.payloadFingerprint,
    tracking_token_hash: request.trackingTokenHash,
    subject: request.subject,
    first_name: request.firstName,
    phone: request.phone,
    email: request.email,
    preferred_slots: JSON.stringify(request.preferredSlots),
    postal_code: request.postalCode,
    message: request.message,
    consent_to_share: request.consentToShare ? 1 : 0,
    attachment: request.attachment === null ? null : JSON.stringify(request.attachment),
    locale: request.locale,
    status: request.status,
    structure_id: request.structureId,
    referred_from: request.referredFrom,
    assigned_user_id: request.assignedUserId,
    created_at: request.createdAt,
    due_at: request.dueAt,
    contacted_at: request.contactedAt,
    alert_sent_at: request.alertSentAt,
    closed_at: request.closedAt,
    purge_at: request.purgeAt,
    purged_at: request.purgedAt,
    updated_at: request.updatedAt,
  };
}

/** Column values of the changes (only the fields present). */
export function rowChangesOf(changes: ContactRequestChanges): Partial<Insertable<ContactRequestsTable>> {
  const columns: Partial<Insertable<ContactRequestsTable>> = {};
  if (changes.status !== undefined) columns.status = changes.status;
  if (changes.structureId !== undefined) columns.structure_id = changes.structureId;
  if (changes.referredFrom !== undefined) columns.referred_from = changes.referredFrom;
  if (changes.assignedUserId !== undefined) columns.assigned_user_id = changes.assignedUserId;
  if (changes.contactedAt !== undefined) columns.contacted_at = changes.contactedAt;
  if (changes.alertSentAt !== undefined) columns.alert_sent_at = changes.alertSentAt;
  if (changes.closedAt !== undefined) columns.closed_at = changes.closedAt;
  if (changes.purgeAt !== undefined) columns.purge_at = changes.purgeAt;
  return columns;
}

type EventRow = Selectable<ContactRequestEventsTable> & { actor_name: string | null };

export function eventOfRow(row: EventRow): ContactEventRecord {
  return {
    id: row.id,
    requestId: row.request_id,
    at: row.at,
    kind: ContactEventKindSchema.parse(row.kind),
    actor: row.actor_user_id === null ? null : { id: row.actor_user_id, displayName: row.actor_name ?? '' },
    fromStatus: StatusOrNull.parse(row.from_status),
    toStatus: StatusOrNull.parse(row.to_status),
    structureId: row.structure_id,
    assigneeId: row.assignee_id,
    channel: ChannelOrNull.parse(row.channel),
    outcome: OutcomeOrNull.parse(row.outcome),
    text: row.text,
  };
}

export function rowOfEvent(
  id: string,
  requestId: string,
  at: Date,
  event: NewContactEvent,
): Insertable<ContactRequestEventsTable> {
  return {
    id,
    request_id: requestId,
    at: at.toISOString(),
    actor_user_id: event.actorUserId ?? null,
    kind: event.kind,
    from_status: event.fromStatus ?? null,
    to_status: event.toStatus ?? null,
    structure_id: event.structureId ?? null,
    assignee_id: event.assigneeId ?? null,
    channel: event.channel ?? null,
    outcome: event.outcome ?? null,
    text: event.text ?? null,
  };
}
