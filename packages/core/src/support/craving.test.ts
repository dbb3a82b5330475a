import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/date.js';
import { cravingsOvercome, weeklyCravings } from './craving.js';
import { InvalidSupportInputError } from './errors.js';
import { aCraving } from './support.fixture.js';

describe('createCraving', () => {
  it('orders feelings and strategies as the catalogue and trims the note', () => {
    const craving = aCraving({ feelings: ['joy', 'stress'], helped: ['plan', 'breathing'], note: '  dur  ' });
    expect(craving.feelings).toEqual(['stress', 'joy']);
    expect(craving.helped).toEqual(['breathing', 'plan']);
    expect(craving.note).toBe('dur');
  });

  it.each([
    { overrides: { intensity: 11 }, field: 'intensity' },
    { overrides: { intensity: -1 }, field: 'intensity' },
    { overrides: { intensity: 2.5 }, field: 'intensity' },
    { overrides: { situation: 'stress' }, field: 'situation' },
    { overrides: { feelings: ['party'] }, field: 'feelings' },
    { overrides: { helped: ['prayer'] }, field: 'helped' },
    { overrides: { time: '25:00' }, field: 'time' },
    { overrides: { note: 'x'.repeat(1001) }, field: 'note' },
  ])('refuses a bad $field', ({ overrides, field }) => {
    expect(() => aCraving(overrides)).toThrow(expect.objectContaining({ field }));
    expect(() => aCraving(overrides)).toThrow(InvalidSupportInputError);
  });

  it('accepts a craving without situation', () => {
    expect(aCraving({ situation: null }).situation).toBeNull();
  });
});

describe('cravingsOvercome', () => {
  it.each([
    { drank: [], expected: 0 },
    { drank: [false, false, true], expected: 2 },
    { drank: [true], expected: 0 },
  ])('$drank → $expected', ({ drank, expected }) => {
    expect(cravingsOvercome(drank.map((value) => aCraving({ drank: value })))).toBe(expected);
  });
});

describe('weeklyCravings', () => {
  it('summarises each week and leaves empty weeks without intensity', () => {
    const records = [
      aCraving({ date: isoDate('2026-03-02'), intensity: 8, drank: true }),
      aCraving({ date: isoDate('2026-03-08'), intensity: 4 }),
      aCraving({ date: isoDate('2026-03-16'), intensity: 3 }),
      aCraving({ date: isoDate('2026-02-28'), intensity: 9 }),
    ];
    expect(weeklyCravings(records, isoDate('2026-03-02'), 3)).toEqual([
      { weekStart: '2026-03-02', count: 2, overcome: 1, meanIntensity: 6, maxIntensity: 8 },
      { weekStart: '2026-03-09', count: 0, overcome: 0, meanIntensity: null, maxIntensity: null },
      { weekStart: '2026-03-16', count: 1, overcome: 1, meanIntensity: 3, maxIntensity: 3 },
    ]);
  });

  it('covers the week of the spring DST change with 7 days', () => {
    // 2026-03-29 is the last Sunday of March (Europe changes time): calendar days are unaffected.
    const records = [aCraving({ date: isoDate('2026-03-29') }), aCraving({ date: isoDate('2026-03-30') })];
    expect(weeklyCravings(records, isoDate('2026-03-23'), 2).map((week) => week.count)).toEqual([1, 1]);
  });
});
