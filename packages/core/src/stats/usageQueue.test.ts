import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../calendar/date.js';
import {
  countAppOpen,
  countUsage,
  EMPTY_USAGE_STATE,
  markUsageSent,
  MAX_COUNT_PER_DAY,
  MAX_PENDING_DAYS,
  usageBatchDue,
} from './usageQueue.js';
import { parseUsageKey, usageKey } from './usageMetrics.js';
import type { UsageEvent } from './usageMetrics.js';

const monday = isoDate('2026-12-07');

describe('countAppOpen', () => {
  it('counts the first open once, and this week and this month once each', () => {
    let state = countAppOpen(EMPTY_USAGE_STATE, monday);
    state = countAppOpen(state, monday);
    state = countAppOpen(state, addDays(monday, 2));
    expect(state.pending).toEqual({
      '2026-12-07': { 'first-open': 1, 'active-week': 1, 'active-month': 1 },
    });
  });

  it('counts a new ISO week and a new month, never the first open again', () => {
    let state = countAppOpen(EMPTY_USAGE_STATE, isoDate('2026-12-30'));
    state = countAppOpen(state, isoDate('2027-01-01')); // same ISO week 2026-W53, new month
    state = countAppOpen(state, isoDate('2027-01-04')); // new ISO week
    expect(state.pending).toEqual({
      '2026-12-30': { 'first-open': 1, 'active-week': 1, 'active-month': 1 },
      '2027-01-01': { 'active-month': 1 },
      '2027-01-04': { 'active-week': 1 },
    });
  });

  it('adds age band and sex to the monthly count only when the person gave them', () => {
    const state = countAppOpen(EMPTY_USAGE_STATE, monday, { ageBand: '25-64', sex: null });
    expect(state.pending['2026-12-07']).toEqual({
      'first-open': 1,
      'active-week': 1,
      'active-month': 1,
      'active-month-age:25-64': 1,
    });
  });
});

describe('the daily batch', () => {
  it('leaves at most once a day and takes the counts with it once acknowledged', () => {
    const state = countUsage(
      countAppOpen(EMPTY_USAGE_STATE, monday),
      { metric: 'contact-request-sent', dimension: null },
      monday,
    );
    const batch = usageBatchDue(state, monday);
    expect(batch).toEqual([
      {
        day: '2026-12-07',
        counts: { 'first-open': 1, 'active-week': 1, 'active-month': 1, 'contact-request-sent': 1 },
      },
    ]);
    const sent = markUsageSent(state, batch ?? [], monday);
    expect(sent.pending).toEqual({});
    const later = countUsage(sent, { metric: 'quick-test', dimension: 'misuse' }, monday);
    expect(usageBatchDue(later, monday)).toBeUndefined();
    expect(usageBatchDue(later, addDays(monday, 1))).toEqual([
      { day: '2026-12-07', counts: { 'quick-test:misuse': 1 } },
    ]);
  });

  it('keeps counts added while a batch was in flight', () => {
    const state = countAppOpen(EMPTY_USAGE_STATE, monday);
    const batch = usageBatchDue(state, monday) ?? [];
    const meanwhile = countUsage(state, { metric: 'quick-test', dimension: 'low' }, monday);
    expect(markUsageSent(meanwhile, batch, monday).pending).toEqual({
      '2026-12-07': { 'quick-test:low': 1 },
    });
  });

  it(`drops counts older than ${String(MAX_PENDING_DAYS)} days instead of sending them late`, () => {
    const state = countAppOpen(EMPTY_USAGE_STATE, monday);
    expect(usageBatchDue(state, addDays(monday, MAX_PENDING_DAYS))).toHaveLength(1);
    expect(usageBatchDue(state, addDays(monday, MAX_PENDING_DAYS + 1))).toBeUndefined();
  });

  it('caps a counter at MAX_COUNT_PER_DAY', () => {
    let state = EMPTY_USAGE_STATE;
    for (let i = 0; i < MAX_COUNT_PER_DAY + 10; i += 1) {
      state = countUsage(state, { metric: 'quick-test', dimension: 'low' }, monday);
    }
    expect(state.pending['2026-12-07']?.['quick-test:low']).toBe(MAX_COUNT_PER_DAY);
  });

  const events: fc.Arbitrary<UsageEvent> = fc.constantFrom<UsageEvent>(
    { metric: 'first-open', dimension: null },
    { metric: 'quick-test', dimension: 'dependence' },
    { metric: 'came-from', dimension: 'professional' },
    { metric: 'programme-started', dimension: 'premiers-pas' },
  );

  it('sending then counting loses nothing and counts nothing twice', () => {
    fc.assert(
      fc.property(
        fc.array(events, { maxLength: 20 }),
        fc.array(events, { maxLength: 20 }),
        (before, after) => {
          let state = before.reduce((s, event) => countUsage(s, event, monday), EMPTY_USAGE_STATE);
          const batch = usageBatchDue(state, monday) ?? [];
          state = after.reduce((s, event) => countUsage(s, event, monday), state);
          state = markUsageSent(state, batch, monday);
          const sentTotal = batch.reduce(
            (sum, day) => sum + Object.values(day.counts).reduce((a, b) => a + b, 0),
            0,
          );
          const left = Object.values(state.pending['2026-12-07'] ?? {}).reduce((a, b) => a + b, 0);
          expect(sentTotal + left).toBe(before.length + after.length);
        },
      ),
    );
  });
});

describe('usage keys', () => {
  it.each([
    ['first-open', { metric: 'first-open', dimension: null }],
    ['quick-test:misuse', { metric: 'quick-test', dimension: 'misuse' }],
    ['active-month-age:under-18', { metric: 'active-month-age', dimension: 'under-18' }],
  ] as const)('%s round-trips', (key, event) => {
    expect(parseUsageKey(key)).toEqual(event);
    expect(usageKey(event)).toBe(key);
  });

  it.each(['unknown', 'quick-test', 'quick-test:severe', 'first-open:x', 'came-from:'])(
    '%s is refused',
    (key) => {
      expect(parseUsageKey(key)).toBeUndefined();
    },
  );
});
