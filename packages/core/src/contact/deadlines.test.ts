import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidQuantityError } from '../errors.js';
import {
  alertAtOf,
  alertCutoffOf,
  deadlineState,
  dueAtOf,
  purgeAtOf,
  type DeadlineInput,
} from './deadlines.js';

const HOUR = 3_600_000;
const created = new Date('2026-03-02T09:00:00.000Z');

function aRequest(overrides: Partial<DeadlineInput> = {}): DeadlineInput {
  return { status: 'new', createdAt: created, dueAt: dueAtOf(created), contactedAt: null, ...overrides };
}

describe('deadlines', () => {
  it('is due 48 h after creation and alerts at 36 h', () => {
    expect(dueAtOf(created).toISOString()).toBe('2026-03-04T09:00:00.000Z');
    expect(alertAtOf(created).toISOString()).toBe('2026-03-03T21:00:00.000Z');
    expect(alertCutoffOf(alertAtOf(created)).toISOString()).toBe(created.toISOString());
  });

  it('purges the retention period after closure', () => {
    expect(purgeAtOf(new Date('2026-01-01T00:00:00.000Z'), 90).toISOString()).toBe(
      '2026-04-01T00:00:00.000Z',
    );
  });

  it.each([-1, 1.5, Number.NaN, 4000])('refuses a retention of %s days with a typed error', (days) => {
    expect(() => purgeAtOf(created, days)).toThrow(InvalidQuantityError);
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

  it('flags nothing on a request closed without contact', () => {
    const closed = aRequest({ status: 'closed_unreachable' });
    expect(deadlineState(closed, new Date(created.getTime() + 100 * HOUR))).toMatchObject({
      alert: false,
      breached: false,
    });
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
