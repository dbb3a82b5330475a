import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidDateError } from '../errors.js';
import { addDays, daysBetween, isoDate } from './date.js';
import { daysOfMonth, daysOfWeek, isoWeek, monthGrid, weekStart, weekdayIndex, weekdayOf } from './week.js';

const anyDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((date) => isoDate(date.toISOString().slice(0, 10)));

describe('weekdays and weeks (Monday first)', () => {
  it.each([
    ['1970-01-01', 'thursday'],
    ['2026-03-29', 'sunday'],
    ['2026-03-30', 'monday'],
    ['2024-02-29', 'thursday'],
    ['2000-01-01', 'saturday'],
  ])('%s is a %s', (date, weekday) => {
    expect(weekdayOf(isoDate(date))).toBe(weekday);
  });

  it.each([
    ['2026-03-29', '2026-03-23'],
    ['2026-03-30', '2026-03-30'],
    ['2026-10-25', '2026-10-19'],
    ['2027-01-01', '2026-12-28'],
  ])('the week of %s starts on Monday %s', (date, monday) => {
    expect(weekStart(isoDate(date))).toBe(monday);
  });

  it('always starts on a Monday at most 6 days before, matching the UTC weekday', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const monday = weekStart(date);
        expect(weekdayOf(monday)).toBe('monday');
        expect(daysBetween(monday, date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(monday, date)).toBeLessThanOrEqual(6);
        const utcDay = new Date(`${date}T12:00:00Z`).getUTCDay();
        expect(weekdayIndex(date)).toBe((utcDay + 6) % 7);
      }),
    );
  });

  it('lists 7 consecutive days across the spring DST change', () => {
    expect(daysOfWeek(isoDate('2026-03-23'))).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
  });
});

describe('isoWeek', () => {
  it.each([
    ['2026-01-01', 2026, 1],
    ['2021-01-03', 2020, 53],
    ['2021-01-04', 2021, 1],
    ['2024-12-30', 2025, 1],
    ['2026-03-29', 2026, 13],
    ['2026-12-31', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
  ])('%s is week %i-W%i', (date, year, week) => {
    expect(isoWeek(isoDate(date))).toEqual({ year, week });
  });

  it('is the same for every day of a Monday–Sunday week and steps by one', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const monday = weekStart(date);
        expect(isoWeek(date)).toEqual(isoWeek(monday));
        const next = isoWeek(addDays(monday, 7));
        const current = isoWeek(monday);
        expect(next.week === current.week + 1 || (next.week === 1 && next.year === current.year + 1)).toBe(
          true,
        );
      }),
    );
  });
});

describe('months', () => {
  it('lists every day of a month', () => {
    expect(daysOfMonth(2024, 2)).toHaveLength(29);
    expect(daysOfMonth(2026, 2)).toHaveLength(28);
    expect(daysOfMonth(2026, 3)[0]).toBe('2026-03-01');
    expect(daysOfMonth(2026, 3).at(-1)).toBe('2026-03-31');
    expect(() => daysOfMonth(2026, 13)).toThrow(InvalidDateError);
  });

  it('builds a Monday-first grid covering the month', () => {
    const grid = monthGrid(2026, 3);
    expect(grid).toHaveLength(6);
    expect(grid[0]?.[0]).toBe('2026-02-23');
    expect(grid.at(-1)?.at(-1)).toBe('2026-04-05');
    expect(monthGrid(2021, 2)).toHaveLength(4);
    for (const row of grid) {
      expect(row).toHaveLength(7);
      expect(weekdayOf(row[0] ?? isoDate('2026-01-01'))).toBe('monday');
    }
  });
});
