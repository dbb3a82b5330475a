// When a workspace session ends: after `idleMinutes` without a request, and at the latest `absoluteHours`
// after sign-in (OWASP Session Management Cheat Sheet: idle and absolute timeouts). Pure: the time is passed in.
export interface SessionTimes {
  lastSeenAt: Date;
  absoluteExpiresAt: Date;
}

export interface SessionLimits {
  idleMinutes: number;
  absoluteHours: number;
}

const MINUTE_MS = 60_000;

export function absoluteExpiryOf(createdAt: Date, limits: SessionLimits): Date {
  return new Date(createdAt.getTime() + limits.absoluteHours * 60 * MINUTE_MS);
}

export function idleExpiryOf(session: SessionTimes, limits: SessionLimits): Date {
  const idle = session.lastSeenAt.getTime() + limits.idleMinutes * MINUTE_MS;
  return new Date(Math.min(idle, session.absoluteExpiresAt.getTime()));
}

export function isSessionAlive(session: SessionTimes, limits: SessionLimits, now: Date): boolean {
  return now.getTime() < idleExpiryOf(session, limits).getTime();
}

/**
 * Refresh `last_seen_at` at most once a minute per session: a busy workspace does not write on every request,
 * and the idle timeout stays accurate to the minute.
 */
export function needsTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= MINUTE_MS;
}
