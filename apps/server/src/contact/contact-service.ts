// « Parler à un professionnel », the person's side: submit exactly once per idempotency key (routed to the
// structure serving the person's département, else the platform team), follow it, withdraw it. The request, its
// first history event, its e-mails and its audit entry are one transaction: none exists without the others.
import { randomUUID } from 'node:crypto';
import { dueAtOf } from '@oz/core';
import type { ContactRequestCreateParsed, ContactRequestTracking } from '@oz/contracts';
import type { ContactRequestRecord, NewContactRequest } from '../db/repositories/contact-request-records.js';
import type { EmailMessage } from '../db/repositories/outbox.repository.js';
import type { Repositories, Transact } from '../db/store.js';
import { ConflictError, NotFoundError } from '../errors.js';
import type { PlaceResolution } from '../places/places-index.js';
import { hmac, sameSecret, sha256 } from '../pro/tokens.js';
import { newRequestEmails, personConfirmationEmail } from './emails.js';
import { trackingOf } from './request-views.js';
import { departementOf } from './routing.js';

export interface Submission {
  created: boolean;
  request: ContactRequestRecord;
  trackingToken: string;
}

export interface ContactServiceDependencies {
  transact: Transact<Pick<Repositories, 'requests' | 'outbox' | 'audit' | 'users' | 'profiles'>>;
  reads: Pick<Repositories, 'requests' | 'profiles'>;
  now: () => Date;
  /** HMAC key deriving tracking tokens and payload fingerprints from idempotency keys. */
  trackingSecret: string;
  /** Origin used in e-mail links. */
  publicUrl: string;
  resolvePlace: (query: string) => PlaceResolution;
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

const requestNotFound = (): NotFoundError =>
  new NotFoundError('contact_request_not_found', 'No such request, or it was withdrawn.');

export class ContactService {
  constructor(private readonly deps: ContactServiceDependencies) {}

  async submit(input: ContactRequestCreateParsed, idempotencyKey: string): Promise<Submission> {
    const { deps } = this;
    const now = deps.now();
    const trackingToken = trackingTokenOf(deps.trackingSecret, idempotencyKey);
    const fingerprint = hmac(deps.trackingSecret, `payload:${canonicalJson(input)}`);
    const previous = await deps.reads.requests.findByIdempotencyKey(idempotencyKey);
    if (previous !== undefined) return replay(previous, fingerprint, trackingToken);
    const departement =
      input.postalCode === undefined ? undefined : departementOf(input.postalCode, deps.resolvePlace);
    return deps.transact(async ({ requests, outbox, audit, users, profiles }) => {
      const structureId = departement === undefined ? null : ((await profiles.routeFor(departement)) ?? null);
      const request = newRequest(input, idempotencyKey, fingerprint, trackingToken, structureId, now);
      const outcome = await requests.insertOnce(request);
      if (!outcome.created) return replay(outcome.request, fingerprint, trackingToken);
      const team = await users.emailsOfActiveTeam(structureId);
      await outbox.enqueue(notificationsFor(request.id, team, input, now, deps.publicUrl), now);
      await audit.record(
        {
          actorId: null,
          actorRole: 'person',
          action: 'request.create',
          structureId,
          subjectType: 'contact_request',
          subjectId: request.id,
        },
        now,
      );
      return { created: true, request: outcome.request, trackingToken };
    });
  }

  /** The request if `token` is its tracking token; an unknown id and a wrong token look the same (404). */
  private async withToken(id: string, token: string): Promise<ContactRequestRecord> {
    const request = await this.deps.reads.requests.findById(id);
    if (request === undefined || !sameSecret(request.trackingTokenHash, sha256(token)))
      throw requestNotFound();
    return request;
  }

  async track(id: string, token: string): Promise<ContactRequestTracking> {
    const request = await this.withToken(id, token);
    const structure =
      request.structureId === null
        ? null
        : ((await this.deps.reads.profiles.structureName(request.structureId)) ?? null);
    return trackingOf(request, await this.deps.reads.requests.events(request.id), structure);
  }

  /** The person withdraws: the request and its history are erased; the audit keeps the ids. */
  async withdraw(id: string, token: string): Promise<void> {
    const request = await this.withToken(id, token);
    const now = this.deps.now();
    await this.deps.transact(async ({ requests, audit }) => {
      if (!(await requests.delete(request.id))) throw requestNotFound();
      await audit.record(
        {
          actorId: null,
          actorRole: 'person',
          action: 'request.withdraw',
          structureId: request.structureId,
          subjectType: 'contact_request',
          subjectId: request.id,
        },
        now,
      );
    });
  }
}

function replay(request: ContactRequestRecord, fingerprint: string, trackingToken: string): Submission {
  // A purged request has no fingerprint any more: its key is then simply recognised.
  if (request.payloadFingerprint !== null && request.payloadFingerprint !== fingerprint) {
    throw new ConflictError(
      'idempotency_key_reused',
      'idempotency-key: this key was already used for a different request; generate a new key for a new request',
    );
  }
  return { created: false, request, trackingToken };
}

function newRequest(
  input: ContactRequestCreateParsed,
  idempotencyKey: string,
  fingerprint: string,
  trackingToken: string,
  structureId: string | null,
  now: Date,
): NewContactRequest {
  const nowIso = now.toISOString();
  return {
    id: randomUUID(),
    idempotencyKey,
    payloadFingerprint: fingerprint,
    trackingTokenHash: sha256(trackingToken),
    subject: input.subject,
    firstName: input.firstName,
    phone: input.phone ?? null,
    email: input.email ?? null,
    preferredSlots: input.preferredSlots,
    postalCode: input.postalCode ?? null,
    message: input.message ?? null,
    consentToShare: input.consentToShare,
    attachment: input.consentToShare ? (input.attachment ?? null) : null,
    locale: input.locale,
    status: 'new',
    structureId,
    referredFrom: null,
    assignedUserId: null,
    createdAt: nowIso,
    dueAt: dueAtOf(now).toISOString(),
    contactedAt: null,
    alertSentAt: null,
    closedAt: null,
    purgeAt: null,
    purgedAt: null,
    updatedAt: nowIso,
  };
}

function notificationsFor(
  requestId: string,
  team: readonly string[],
  input: ContactRequestCreateParsed,
  now: Date,
  publicUrl: string,
): EmailMessage[] {
  const dueAt = dueAtOf(now);
  const emails = newRequestEmails(team, requestId, dueAt, publicUrl);
  if (input.email !== undefined)
    emails.push(personConfirmationEmail(input.email, requestId, dueAt, input.locale));
  return emails;
}
