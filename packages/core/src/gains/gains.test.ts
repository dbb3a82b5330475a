import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/date.js';
import { daysOfWeek } from '../calendar/week.js';
import { aDiaryEntry, amountsFrom, dates } from '../diary/diary.fixture.js';
import { gains, weeklyGains } from './gains.js';
import { typicalWeekFromTotals } from './typicalWeek.js';

// Typical week: 14 standard drinks, 980 kcal, 42 € — i.e. 2 drinks, 140 kcal, 6 € a day.
const TYPICAL = typicalWeekFromTotals({ standardDrinks: 14, euros: 42 });
const MONDAY = '2026-03-23';

describe('gains', () => {
  it('compares a fully filled week with the typical week', () => {
    const entries = [
      aDiaryEntry({ date: '2026-03-25', drinkId: 'beer-pint' }),
      aDiaryEntry({ date: '2026-03-28', drinkId: 'wine-glass', quantity: 2 }),
    ];
    const drinkFreeDays = dates('2026-03-23', '2026-03-24', '2026-03-26', '2026-03-27', '2026-03-29');
    const result = weeklyGains(TYPICAL, { entries, drinkFreeDays }, MONDAY);
    expect(result).toMatchObject({ from: MONDAY, to: '2026-03-29', filledDays: 7, drinkFreeDays: 5 });
    expect(result.actual).toEqual({ standardDrinks: 4, kcal: 280, euros: 15 });
    expect(result.avoided.standardDrinks).toBeCloseTo(10, 10);
    expect(result.avoided.kcal).toBeCloseTo(700, 10);
    expect(result.avoided.euros).toBeCloseTo(27, 10);
  });

  it('prorates the typical week to filled days only (no credit for unfilled days)', () => {
    const result = gains(TYPICAL, {
      entries: [],
      drinkFreeDays: dates('2026-03-23', '2026-03-24'),
      from: MONDAY,
      to: '2026-03-29',
    });
    expect(result.filledDays).toBe(2);
    expect(result.expected.euros).toBeCloseTo(12, 10);
    expect(result.avoided.euros).toBeCloseTo(12, 10);
  });

  it('goes negative when the person drinks more than usual', () => {
    const result = gains(TYPICAL, {
      entries: [aDiaryEntry({ date: MONDAY, drinkId: 'wine-bottle' })],
      from: MONDAY,
      to: MONDAY,
    });
    expect(result.avoided.standardDrinks).toBeCloseTo(2 - 7.5, 10);
    expect(result.avoided.euros).toBeCloseTo(6 - 10, 10);
  });

  it('counts alcohol kcal for bare amounts and reports entries without price', () => {
    const result = gains(TYPICAL, { entries: amountsFrom(MONDAY, [3]), from: MONDAY, to: MONDAY });
    expect(result.actual.kcal).toBeCloseTo(210, 10);
    expect(result.entriesWithoutPrice).toBe(1);
  });

  it('is additive over days: a week equals the sum of its days', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 7, maxLength: 7 }), (perDay) => {
        const entries = amountsFrom(MONDAY, perDay);
        const drinkFreeDays = daysOfWeek(isoDate(MONDAY)).filter((_, index) => perDay[index] === 0);
        const week = weeklyGains(TYPICAL, { entries, drinkFreeDays }, MONDAY);
        const days = daysOfWeek(isoDate(MONDAY)).map((day) =>
          gains(TYPICAL, { entries, drinkFreeDays, from: day, to: day }),
        );
        expect(week.avoided.euros).toBeCloseTo(
          days.reduce((sum, day) => sum + day.avoided.euros, 0),
          8,
        );
        expect(week.avoided.standardDrinks).toBeCloseTo(14 - perDay.reduce((a, b) => a + b, 0), 8);
      }),
    );
  });
});
