import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../calendar/date.js';
import { InvalidDateError, InvalidQuantityError } from '../errors.js';
import { standardDrinkCount } from '../units.js';
import { aDiaryEntry, amountsFrom, anAmount, diaryFrom } from './diary.fixture.js';
import type { DrinkAmount } from './entry.js';
import { GUIDELINES, MAX_STANDARD_DRINKS_PER_DAY, MAX_STANDARD_DRINKS_PER_WEEK } from './guidelines.js';
import { weeklyReport } from './weeklyReport.js';

const MONDAY = '2026-03-23';

describe('guidelines constants (SPF 2017)', () => {
  it('are 10 a week, 2 a day and at least one drink-free day', () => {
    expect(MAX_STANDARD_DRINKS_PER_WEEK).toBe(10);
    expect(MAX_STANDARD_DRINKS_PER_DAY).toBe(2);
    expect(GUIDELINES).toMatchObject({
      maxStandardDrinksPerWeek: 10,
      maxStandardDrinksPerDay: 2,
      minDrinkFreeDaysPerWeek: 1,
    });
  });
});

describe('weeklyReport', () => {
  it.each([
    {
      case: 'empty week',
      perDay: [0, 0, 0, 0, 0, 0, 0],
      total: 0,
      maxDay: 0,
      over: 0,
      free: 7,
      within: true,
    },
    {
      case: '2 a day on 5 days',
      perDay: [2, 2, 2, 2, 2, 0, 0],
      total: 10,
      maxDay: 2,
      over: 0,
      free: 2,
      within: true,
    },
    {
      case: 'one day above 2',
      perDay: [3, 0, 0, 0, 0, 0, 0],
      total: 3,
      maxDay: 3,
      over: 1,
      free: 6,
      within: false,
    },
    {
      case: 'above 10 a week',
      perDay: [2, 2, 2, 2, 2, 1, 0],
      total: 11,
      maxDay: 2,
      over: 0,
      free: 1,
      within: false,
    },
    {
      case: 'no drink-free day',
      perDay: [1, 1, 1, 1, 1, 1, 1],
      total: 7,
      maxDay: 1,
      over: 0,
      free: 0,
      within: false,
    },
    {
      case: 'one binge',
      perDay: [0, 0, 0, 0, 8, 0, 0],
      total: 8,
      maxDay: 8,
      over: 1,
      free: 6,
      within: false,
    },
  ])('$case', ({ perDay, total, maxDay, over, free, within }) => {
    // 0 = declared drink-free here: only declared days count as drink-free.
    const report = weeklyReport(diaryFrom(MONDAY, perDay), MONDAY);
    expect(report.byDay).toEqual(perDay);
    expect(report).toMatchObject({
      weekStart: MONDAY,
      totalStandardDrinks: total,
      maxDay,
      daysOverDailyLimit: over,
      drinkFreeDays: free,
      withinGuidelines: within,
    });
  });

  it('says which repère was not kept and counts days of 6 or more', () => {
    const report = weeklyReport(amountsFrom(MONDAY, [6, 6, 1, 1, 1, 1, 1]), MONDAY);
    expect(report.exceeded).toEqual({ weeklyLimit: true, dailyLimit: true, drinkFreeDays: true });
    expect(report.heavyDrinkingDays).toBe(2);
  });

  it('adds several entries of a day and ignores entries outside the 7 days', () => {
    const entries = [
      anAmount('2026-03-22', 5),
      anAmount('2026-03-23', 1),
      anAmount('2026-03-23', 0.5),
      anAmount('2026-03-29', 1),
      anAmount('2026-03-30', 9),
    ];
    const report = weeklyReport(entries, MONDAY);
    expect(report.byDay).toEqual([1.5, 0, 0, 0, 0, 0, 1]);
    expect(report.totalStandardDrinks).toBe(2.5);
  });

  it('works on rich diary entries and across the DST change (Sunday 29 March 2026)', () => {
    const entries = [
      aDiaryEntry({ date: '2026-03-29', drinkId: 'wine-glass', quantity: 2 }),
      aDiaryEntry({ date: '2026-03-28', drinkId: 'beer-can' }),
    ];
    const report = weeklyReport(entries, MONDAY);
    expect(report.days.at(-1)).toBe('2026-03-29');
    expect(report.byDay[6]).toBeCloseTo(2, 10);
    expect(report.byDay[5]).toBeCloseTo(1.32, 10);
  });

  it('does not count 2 made of floating-point parts as above 2', () => {
    const report = weeklyReport([anAmount(MONDAY, 1.32), anAmount(MONDAY, 0.68)], MONDAY);
    expect(report.daysOverDailyLimit).toBe(0);
  });

  it('accepts any first day, not only Mondays', () => {
    expect(weeklyReport([anAmount('2026-03-26', 1)], '2026-03-26').byDay[0]).toBe(1);
  });

  it('refuses a bad week start or a bad amount', () => {
    expect(() => weeklyReport([], '2026-02-30')).toThrow(InvalidDateError);
    expect(() => weeklyReport([anAmount(MONDAY, -1)], MONDAY)).toThrow(InvalidQuantityError);
    expect(() => weeklyReport([anAmount(MONDAY, Number.NaN)], MONDAY)).toThrow(RangeError);
    expect(weeklyReport([anAmount('2026-03-30', -1)], MONDAY).totalStandardDrinks).toBe(0);
  });
});

const weekStartArb = fc
  .integer({ min: 0, max: 3000 })
  .map((offset) => addDays(isoDate('2020-01-06'), offset));
const amountArb = (start: string): fc.Arbitrary<DrinkAmount> =>
  fc.record({
    date: fc.integer({ min: -10, max: 16 }).map((offset) => addDays(isoDate(start), offset)),
    standardDrinks: fc.double({ min: 0, max: 20, noNaN: true }).map(standardDrinkCount),
  });

describe('weeklyReport properties', () => {
  it('totals equal the sum of entries in range; byDay sums to the total', () => {
    fc.assert(
      fc.property(
        weekStartArb.chain((start) =>
          fc.tuple(fc.constant(start), fc.array(amountArb(start), { maxLength: 40 })),
        ),
        ([start, entries]) => {
          const report = weeklyReport(entries, start);
          const inRange = entries.filter((entry) => report.days.includes(entry.date));
          const expected = inRange.reduce((sum, entry) => sum + entry.standardDrinks, 0);
          expect(report.totalStandardDrinks).toBeCloseTo(expected, 8);
          expect(report.byDay.reduce((a, b) => a + b, 0)).toBeCloseTo(expected, 8);
          expect(report.byDay).toHaveLength(7);
          expect(report.maxDay).toBe(Math.max(0, ...report.byDay));
        },
      ),
    );
  });

  it('never depends on entries outside the week', () => {
    fc.assert(
      fc.property(
        weekStartArb.chain((start) =>
          fc.tuple(
            fc.constant(start),
            fc.array(amountArb(start), { maxLength: 20 }),
            fc.array(amountArb(start), { maxLength: 20 }),
          ),
        ),
        ([start, entries, noise]) => {
          const days = weeklyReport([], start).days;
          const outside = noise.filter((entry) => !days.includes(entry.date));
          expect(weeklyReport([...entries, ...outside], start)).toEqual(weeklyReport(entries, start));
        },
      ),
    );
  });

  it('does not depend on entry order', () => {
    fc.assert(
      fc.property(
        weekStartArb.chain((start) =>
          fc.tuple(fc.constant(start), fc.array(amountArb(start), { maxLength: 20 })),
        ),
        ([start, entries]) => {
          const a = weeklyReport(entries, start);
          const b = weeklyReport([...entries].reverse(), start);
          a.byDay.forEach((value, index) => expect(b.byDay[index]).toBeCloseTo(value, 8));
          expect(b.withinGuidelines).toBe(a.withinGuidelines);
        },
      ),
    );
  });
});
