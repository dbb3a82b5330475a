import { describe, expect, it } from 'vitest';
import { absoluteExpiryOf, idleExpiryOf, isSessionAlive, needsTouch } from './session-policy.js';

const limits = { idleMinutes: 30, absoluteHours: 12 };
const signIn = new Date('2026-04-01T08:00:00Z');
const minutes = (count: number): Date => new Date(signIn.getTime() + count * 60_000);

describe('session policy', () => {
  const absoluteExpiresAt = absoluteExpiryOf(signIn, limits);

  it('ends after 30 idle minutes', () => {
    const session = { lastSeenAt: signIn, absoluteExpiresAt };
    expect(isSessionAlive(session, limits, minutes(29))).toBe(true);
    expect(isSessionAlive(session, limits, minutes(30))).toBe(false);
  });

  it('ends 12 h after sign-in even when active', () => {
    const session = { lastSeenAt: minutes(12 * 60 - 1), absoluteExpiresAt };
    expect(isSessionAlive(session, limits, minutes(12 * 60 - 0.5))).toBe(true);
    expect(isSessionAlive(session, limits, minutes(12 * 60))).toBe(false);
    expect(idleExpiryOf(session, limits)).toEqual(absoluteExpiresAt);
  });

  it('touches the session at most once a minute', () => {
    expect(needsTouch({ lastSeenAt: signIn, absoluteExpiresAt }, minutes(0.5))).toBe(false);
    expect(needsTouch({ lastSeenAt: signIn, absoluteExpiresAt }, minutes(1))).toBe(true);
  });
});
