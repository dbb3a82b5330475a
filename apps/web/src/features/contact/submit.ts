import type { ContactAttachment, ContactRequestCreate } from '@oz/contracts';
import { today } from '../../app/clock.js';
import { newId, nowIso } from '../../storage/ids.js';
import { allDays, allEntries, allScreenings } from '../../storage/repositories.js';
import { queueContactRequest } from '../../sync/local.js';
import { defaultDeps, type OutboxDeps } from '../../sync/outbox.js';
import { pokeOutbox } from '../../sync/start.js';
import type { LocalContactRequest, OutboxItem } from '../../sync/types.js';
import { diaryWeekSummaries, sharedScreenings } from './attachment.js';

export const CONTACT_REQUESTS_PATH = '/api/contact-requests';
/** "a summary of the last 4 weeks of the diary" (issue 5). */
export const ATTACHED_WEEKS = 4;

/** The latest screening result and the last 4 weeks, or null when there is nothing to attach. */
export async function buildAttachment(): Promise<ContactAttachment | null> {
  const [entries, days, screenings] = await Promise.all([allEntries(), allDays(), allScreenings()]);
  const screening = sharedScreenings(screenings)[0];
  const diaryWeeks = diaryWeekSummaries(entries, days, today(), ATTACHED_WEEKS);
  if (screening === undefined && diaryWeeks.length === 0) return null;
  return {
    ...(screening === undefined ? {} : { screening }),
    ...(diaryWeeks.length === 0 ? {} : { diaryWeeks }),
  };
}

/**
 * Saves the request on the device and queues its sending: it leaves at once when online, or as soon as
 * the device is back online. The idempotency key is created here, once, and never changes.
 */
export async function submitContactRequest(
  request: ContactRequestCreate,
  attachment: ContactAttachment | null,
  deps: OutboxDeps = defaultDeps,
): Promise<LocalContactRequest> {
  const localId = newId();
  const idempotencyKey = newId();
  const body: ContactRequestCreate =
    request.consentToShare === true && attachment !== null ? { ...request, attachment } : request;
  const record: LocalContactRequest = {
    localId,
    idempotencyKey,
    state: 'queued',
    subject: request.subject,
    firstName: request.firstName,
    queuedAt: nowIso(),
    server: null,
    lastStatus: null,
    lastCheckedAt: null,
  };
  const item: OutboxItem = {
    key: idempotencyKey,
    kind: 'contact-request',
    method: 'POST',
    path: CONTACT_REQUESTS_PATH,
    body,
    bearer: null,
    ownerId: localId,
    queuedAt: record.queuedAt,
    attempts: 0,
    nextAttemptAt: 0,
    rejected: null,
  };
  await queueContactRequest(record, item, deps);
  pokeOutbox();
  return record;
}
