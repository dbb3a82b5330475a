// Receiving a contact request: exactly once per idempotency key, routed to the structure serving the person's
// département (else the platform team), with the team's notification and the person's confirmation queued in
// the same transaction.
import { dueAtOf } from '@oz/core';
import { randomUUID } from 'node:crypto';
import type { ContactRequestCreateParsed } from '@oz/contracts';
import type { ContactRequestRow } from '../db/repositories/contact-requests.repository.js';
import type { EmailMessage } from '../db/repositories/outbox.repository.js';
import { HttpError } from '../http-errors.js';
import type { PlaceResolution } from '../places/places-index.js';
import type { ProServices } from '../pro/services.js';
import { hmac, sha256 } from '../pro/tokens.js';
import { newRequestEmails, personConfirmationEmail } from './emails.js';
import { departementOf } from './routing.js';

export interface Submission {
  created: boolean;
  row: ContactRequestRow;
  trackingToken: string;
}

/**
 * The tracking token is derived from the idempotency key (HMAC with a server secret), so a retry whose first
 * answer was lost gets the same token back without the server ever storing it.
 */
export function trackingTokenOf(trackingSecret: string, idempotencyKey: string): string {
  return hmac(trackingSecret, `tracking:${idempotencyKey}`);
}

/** JSON with sorted keys: the same payload always gives the same fingerprint. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function submitContactRequest(
  pro: ProServices,
  resolvePlace: (query: string) => PlaceResolution,
  input: ContactRequestCreateParsed,
  idempotencyKey: string,
): Promise<Submission> {
  const now = pro.now();
  const trackingToken = trackingTokenOf(pro.trackingSecret, idempotencyKey);
  const fingerprint = hmac(pro.trackingSecret, `payload:${canonicalJson(input)}`);
  const previous = await pro.requests.findByIdempotencyKey(idempotencyKey);
  if (previous !== undefined) return replay(previous, fingerprint, trackingToken);

  const departement =
    input.postalCode === undefined ? undefined : departementOf(input.postalCode, resolvePlace);
  const structureId = departement === undefined ? null : ((await pro.profiles.routeFor(departement)) ?? null);
  const row = newRow(input, idempotencyKey, fingerprint, trackingToken, structureId, now);
  const emails = await notificationsFor(pro, row, input);
  const outcome = await pro.requests.insertOnce(row, emails);
  if (!outcome.created) return replay(outcome.row, fingerprint, trackingToken);
  await pro.audit.record(
    {
      actorId: null,
      actorRole: 'person',
      action: 'request.create',
      structureId,
      subjectType: 'contact_request',
      subjectId: row.id,
    },
    now,
  );
  return { created: true, row, trackingToken };
}

function replay(row: ContactRequestRow, fingerprint: string, trackingToken: string): Submission {
  // A purged request has no fingerprint any more: its key is then simply recognised.
  if (row.payload_fingerprint !== null && row.payload_fingerprint !== fingerprint) {
    throw new HttpError(
      409,
      'idempotency_key_reused',
      'idempotency-key: this key was already used for a different request; generate a new key for a new request',
    );
  }
  return { created: false, row, trackingToken };
}

function newRow(
  input: ContactRequestCreateParsed,
  idempotencyKey: string,
  fingerprint: string,
  trackingToken: string,
  structureId: string | null,
  now: Date,
): ContactRequestRow {
  const nowIso = now.toISOString();
  const attachment =
    input.consentToShare && input.attachment !== undefined ? JSON.stringify(input.attachment) : null;
  return {
    id: randomUUID(),
    idempotency_key: idempotencyKey,
    payload_fingerprint: fingerprint,
    tracking_token_hash: sha256(trackingToken),
    subject: input.subject,
    first_name: input.firstName,
    phone: input.phone ?? null,
    email: input.email ?? null,
    preferred_slots: JSON.stringify(input.preferredSlots),
    postal_code: input.postalCode ?? null,
    message: input.message ?? null,
    consent_to_share: input.consentToShare ? 1 : 0,
    attachment,
    locale: input.locale,
    status: 'new',
    structure_id: structureId,
    referred_from: null,
    assigned_user_id: null,
    created_at: nowIso,
    due_at: dueAtOf(now).toISOString(),
    contacted_at: null,
    alert_sent_at: null,
    closed_at: null,
    purge_at: null,
    purged_at: null,
    updated_at: nowIso,
  };
}

async function notificationsFor(
  pro: ProServices,
  row: ContactRequestRow,
  input: ContactRequestCreateParsed,
): Promise<EmailMessage[]> {
  const team = await pro.users.emailsOfActiveTeam(row.structure_id);
  const dueAt = new Date(row.due_at);
  const emails = newRequestEmails(team, row.id, dueAt, pro.publicUrl);
  if (input.email !== undefined) emails.push(personConfirmationEmail(input.email, dueAt, input.locale));
  return emails;
}
