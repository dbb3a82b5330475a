import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLOSED_STATUSES,
  allowedNextStatuses,
  alertAtOf,
  canRefer,
  canTransition,
  deadlineState,
  dueAtOf,
  purgeAtOf,
} from './contact-flow.js';
import { CONTACT_REQUEST_STATUSES } from './contact-requests.js';
import type { ContactRequestStatus } from './contact-requests.js';

const HOUR = 3_600_000;
const created = new Date('2026-03-02T09:00:00.000Z');

function aRequest(
  overrides: Partial<Parameters<typeof deadlineState>[0]> = {},
): Parameters<typeof deadlineState>[0] {
  return { status: 'new', createdAt: created, dueAt: dueAtOf(created), contactedAt: null, ...overrides };
}

describe('status flow', () => {
  it('follows new → assigned → contacted → appointment_scheduled | referred | closed', () => {
    expect(canTransition('new', 'assigned')).toBe(true);
    expect(canTransition('assigned', 'contacted')).toBe(true);
    expect(canTransition('contacted', 'appointment_scheduled')).toBe(true);
    expect(canTransition('contacted', 'referred')).toBe(true);
    expect(canTransition('contacted', 'closed')).toBe(true);
    expect(canTransition('assigned', 'closed_unreachable')).toBe(true);
    expect(canTransition('appointment_scheduled', 'closed')).toBe(true);
  });

  it('refuses going back or leaving a closed request', () => {
    expect(canTransition('contacted', 'new')).toBe(false);
    expect(canTransition('contacted', 'assigned')).toBe(false);
    expect(canTransition('closed', 'new')).toBe(false);
    expect(canTransition('closed_unreachable', 'contacted')).toBe(false);
  });

  it('never allows staying in place nor leaving a final status (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONTACT_REQUEST_STATUSES), (status: ContactRequestStatus) => {
        expect(canTransition(status, status)).toBe(false);
        if (CLOSED_STATUSES.includes(status)) expect(allowedNextStatuses(status)).toEqual([]);
      }),
    );
  });

  it('allows a referral until the request is closed', () => {
    expect(canRefer('new')).toBe(true);
    expect(canRefer('contacted')).toBe(true);
    expect(canRefer('closed')).toBe(false);
    expect(canRefer('referred')).toBe(false);
  });
});

describe('deadlines', () => {
  it('is due 48 h after creation and alerts at 36 h', () => {
    expect(dueAtOf(created).toISOString()).toBe('2026-03-04T09:00:00.000Z');
    expect(alertAtOf(created).toISOString()).toBe('2026-03-03T21:00:00.000Z');
  });

  it('purges the retention period after closure', () => {
    expect(purgeAtOf(new Date('2026-01-01T00:00:00.000Z'), 90).toISOString()).toBe(
      '2026-04-01T00:00:00.000Z',
    );
    expect(() => purgeAtOf(created, -1)).toThrow(RangeError);
    expect(() => purgeAtOf(created, 1.5)).toThrow(RangeError);
  });

  it('raises the alert at 36 h and the breach after 48 h without contact', () => {
    const at = (hours: number): Date => new Date(created.getTime() + hours * HOUR);
    expect(deadlineState(aRequest(), at(35.9))).toMatchObject({ alert: false, breached: false });
    expect(deadlineState(aRequest(), at(36))).toMatchObject({
      alert: true,
      breached: false,
      msLeft: 12 * HOUR,
    });
    expect(deadlineState(aRequest({ status: 'assigned' }), at(48.01))).toMatchObject({
      alert: true,
      breached: true,
    });
  });

  it('stops counting once contacted, remembering a late first contact', () => {
    const onTime = aRequest({ status: 'contacted', contactedAt: new Date(created.getTime() + 10 * HOUR) });
    expect(deadlineState(onTime, new Date(created.getTime() + 100 * HOUR))).toMatchObject({
      alert: false,
      breached: false,
    });
    const late = aRequest({ status: 'contacted', contactedAt: new Date(created.getTime() + 50 * HOUR) });
    expect(deadlineState(late, new Date(created.getTime() + 100 * HOUR)).breached).toBe(true);
  });

  it('has time left + elapsed = 48 h at any instant (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * HOUR }), (elapsed) => {
        const state = deadlineState(aRequest(), new Date(created.getTime() + elapsed));
        expect(state.msLeft + elapsed).toBe(48 * HOUR);
        expect(state.breached).toBe(elapsed > 48 * HOUR);
        expect(state.alert).toBe(elapsed >= 36 * HOUR);
      }),
    );
  });
});
