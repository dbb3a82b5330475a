import { requireFiniteInRange } from '../quantity.js';
import { isAwaitingContact, type ContactRequestStatus } from './requestFlow.js';

/*
 * The deadlines of the « réponse sous 48 h » promise, as pure functions of the instants they are given (the
 * caller passes `now`). The server schedules its alerts and purges with them and sends each request's flags;
 * the workspace reads those flags and these constants, so both always agree.
 */

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** The promise made to the person: a professional contacts them within 48 hours (issue 5). */
export const RESPONSE_DEADLINE_HOURS = 48;
/** The structure's team is alerted when this many hours passed without contact (12 h before the deadline). */
export const NO_CONTACT_ALERT_HOURS = 36;
/** Contact details and attachments of a closed request are erased this many days after closure, by default. */
export const DEFAULT_RETENTION_DAYS = 90;
/** Longest retention an operator may configure (ten years). */
export const MAX_RETENTION_DAYS = 3650;

export function dueAtOf(createdAt: Date): Date {
  return new Date(createdAt.getTime() + RESPONSE_DEADLINE_HOURS * HOUR_MS);
}

export function alertAtOf(createdAt: Date): Date {
  return new Date(createdAt.getTime() + NO_CONTACT_ALERT_HOURS * HOUR_MS);
}

/** The instant before which a request created then has passed the 36 h alert, for a query at `now`. */
export function alertCutoffOf(now: Date): Date {
  return new Date(now.getTime() - NO_CONTACT_ALERT_HOURS * HOUR_MS);
}

/** @throws InvalidQuantityError when `retentionDays` is not a whole number of days in 0–3650. */
export function purgeAtOf(closedAt: Date, retentionDays: number): Date {
  requireFiniteInRange('retentionDays', retentionDays, { max: MAX_RETENTION_DAYS, integer: true });
  return new Date(closedAt.getTime() + retentionDays * DAY_MS);
}

export interface DeadlineState {
  /** Milliseconds until the deadline; negative once it has passed. */
  readonly msLeft: number;
  /** The 48 h promise was broken: no contact and the deadline has passed. */
  readonly breached: boolean;
  /** 36 h have passed without contact (and no breach yet or already). */
  readonly alert: boolean;
}

export interface DeadlineInput {
  readonly status: ContactRequestStatus;
  readonly createdAt: Date;
  readonly dueAt: Date;
  readonly contactedAt: Date | null;
}

/**
 * Where a request stands against its promise at `now`. Once contacted (or closed), nothing is late any more:
 * `breached` then says whether the first contact came after the deadline.
 */
export function deadlineState(request: DeadlineInput, now: Date): DeadlineState {
  const msLeft = request.dueAt.getTime() - now.getTime();
  if (request.contactedAt !== null) {
    return { msLeft, breached: request.contactedAt.getTime() > request.dueAt.getTime(), alert: false };
  }
  if (!isAwaitingContact(request.status)) return { msLeft, breached: false, alert: false };
  return { msLeft, breached: msLeft < 0, alert: now.getTime() >= alertAtOf(request.createdAt).getTime() };
}
