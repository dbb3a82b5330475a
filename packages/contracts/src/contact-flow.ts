// The rules of a contact request, as pure functions (the time is always an argument): which status may follow
// which, and the deadlines of the « réponse sous 48 h » promise. Shared by the server (enforcement, jobs) and
// the workspace (time left, breach flags), so both always agree.
import type { ContactRequestStatus } from './contact-requests.js';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** The promise made to the person: a professional contacts them within 48 hours. */
export const RESPONSE_DEADLINE_HOURS = 48;
/** The structure's team is alerted when this many hours passed without contact (12 h before the deadline). */
export const NO_CONTACT_ALERT_HOURS = 36;
/** Contact details and attachments of a closed request are erased this many days after closure, by default. */
export const DEFAULT_RETENTION_DAYS = 90;

/** Statuses in which nobody has reached the person yet: the deadline and the 36 h alert apply. */
export const AWAITING_CONTACT_STATUSES: readonly ContactRequestStatus[] = ['new', 'assigned'];
/**
 * Final statuses: the request leaves the queue and its retention period starts. `referred` here means oriented
 * to care outside Oz; a referral to another structure on Oz moves the request instead (it stays open).
 */
export const CLOSED_STATUSES: readonly ContactRequestStatus[] = ['referred', 'closed_unreachable', 'closed'];
/** Statuses shown in a queue by default. */
export const OPEN_STATUSES: readonly ContactRequestStatus[] = [
  'new',
  'assigned',
  'contacted',
  'appointment_scheduled',
];

/**
 * Allowed moves. Closing as unreachable is possible before any contact (after failed attempts); a final status
 * is never left. `assigned` is reached by assigning someone, not by a status change.
 */
const TRANSITIONS: Readonly<Record<ContactRequestStatus, readonly ContactRequestStatus[]>> = {
  new: ['assigned', 'contacted', 'closed_unreachable', 'closed'],
  assigned: ['contacted', 'closed_unreachable', 'closed'],
  contacted: ['appointment_scheduled', 'referred', 'closed'],
  appointment_scheduled: ['closed'],
  referred: [],
  closed_unreachable: [],
  closed: [],
};

export function allowedNextStatuses(from: ContactRequestStatus): readonly ContactRequestStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: ContactRequestStatus, to: ContactRequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isClosedStatus(status: ContactRequestStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

export function isAwaitingContact(status: ContactRequestStatus): boolean {
  return AWAITING_CONTACT_STATUSES.includes(status);
}

/** Whether the request may be referred to another structure on Oz (not once final). */
export function canRefer(status: ContactRequestStatus): boolean {
  return !isClosedStatus(status);
}

export function dueAtOf(createdAt: Date): Date {
  return new Date(createdAt.getTime() + RESPONSE_DEADLINE_HOURS * HOUR_MS);
}

export function alertAtOf(createdAt: Date): Date {
  return new Date(createdAt.getTime() + NO_CONTACT_ALERT_HOURS * HOUR_MS);
}

export function purgeAtOf(closedAt: Date, retentionDays: number): Date {
  if (!Number.isInteger(retentionDays) || retentionDays < 0) {
    throw new RangeError(`retentionDays must be a non-negative integer, got ${retentionDays}`);
  }
  return new Date(closedAt.getTime() + retentionDays * DAY_MS);
}

export interface DeadlineState {
  /** Milliseconds until the deadline; negative once it has passed. */
  msLeft: number;
  /** The 48 h promise was broken: no contact and the deadline has passed. */
  breached: boolean;
  /** 36 h have passed without contact (and no breach yet or already). */
  alert: boolean;
}

/**
 * Where a request stands against its promise at `now`. Once contacted (or closed), nothing is late any more:
 * `breached` then says whether the first contact came after the deadline.
 */
export function deadlineState(
  request: { status: ContactRequestStatus; createdAt: Date; dueAt: Date; contactedAt: Date | null },
  now: Date,
): DeadlineState {
  const msLeft = request.dueAt.getTime() - now.getTime();
  if (request.contactedAt !== null) {
    return { msLeft, breached: request.contactedAt.getTime() > request.dueAt.getTime(), alert: false };
  }
  if (!isAwaitingContact(request.status)) return { msLeft, breached: false, alert: false };
  return { msLeft, breached: msLeft < 0, alert: now.getTime() >= alertAtOf(request.createdAt).getTime() };
}
