import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidDateError } from '../errors.js';
import {
  addDays,
  compareIsoDates,
  dateFromEpochDay,
  dateFromParts,
  datesBetween,
  daysBetween,
  daysInMonth,
  epochDay,
  isIsoDate,
  isoDate,
  partsOf,
} from './date.js';

/** Independent oracle: UTC milliseconds have no DST, so whole days are exact. */
function oracleAddDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

const anyDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((date) => isoDate(date.toISOString().slice(0, 10)));

describe('isIsoDate / isoDate', () => {
  it.each(['2026-03-29', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2026-12-31'])(
    'accepts %s',
    (value) => {
      expect(isIsoDate(value)).toBe(true);
      expect(isoDate(value)).toBe(value);
    },
  );

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-4-3',
    '26-04-03',
    '2026-04-03T00:00',
    ' 2026-04-03',
    '0000-01-01',
    '',
  ])('refuses %j with an InvalidDateError (a RangeError)', (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(() => isoDate(value)).toThrow(InvalidDateError);
    expect(() => isoDate(value)).toThrow(RangeError);
  });

  it('refuses non-strings', () => {
    expect(isIsoDate(20260403)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    // Europe/Paris DST changes: 2026-03-29 (23 h day) and 2026-10-25 (25 h day).
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
    // US DST changes: 2026-03-08, 2026-11-01.
    ['2026-03-07', 2, '2026-03-09'],
    ['2026-11-01', -1, '2026-10-31'],
    ['2026-03-01', 365, '2027-03-01'],
    ['1970-01-01', 0, '1970-01-01'],
  ])('%s + %i days = %s', (start, days, expected) => {
    expect(addDays(isoDate(start), days)).toBe(expected);
    expect(daysBetween(isoDate(start), isoDate(expected))).toBe(days);
  });

  it('counts a DST-change week as exactly 7 days', () => {
    expect(datesBetween(isoDate('2026-03-23'), isoDate('2026-03-29'))).toHaveLength(7);
    expect(datesBetween(isoDate('2026-10-19'), isoDate('2026-10-25'))).toHaveLength(7);
  });

  it('numbers days from 1970-01-01', () => {
    expect(epochDay(isoDate('1970-01-01'))).toBe(0);
    expect(epochDay(isoDate('1969-12-31'))).toBe(-1);
    expect(epochDay(isoDate('2000-03-01'))).toBe(11017);
    expect(dateFromEpochDay(11017)).toBe('2000-03-01');
  });

  it('agrees with a UTC-based oracle for any date and offset', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -3000, max: 3000 }), (date, days) => {
        expect(addDays(date, days)).toBe(oracleAddDays(date, days));
      }),
    );
  });

  it('round-trips through the day number and through parts', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(dateFromEpochDay(epochDay(date))).toBe(date);
        const { year, month, day } = partsOf(date);
        expect(dateFromParts(year, month, day)).toBe(date);
        expect(day).toBeLessThanOrEqual(daysInMonth(year, month));
      }),
    );
  });

  it('orders dates like their day numbers', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(Math.sign(compareIsoDates(a, b))).toBe(Math.sign(epochDay(a) - epochDay(b)));
      }),
    );
  });

  it('lists the days between two dates, both included, or none when reversed', () => {
    expect(datesBetween(isoDate('2024-02-27'), isoDate('2024-03-01'))).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(datesBetween(isoDate('2024-03-01'), isoDate('2024-02-27'))).toEqual([]);
  });

  it('refuses fractional day offsets and impossible parts', () => {
    expect(() => addDays(isoDate('2026-01-01'), 0.5)).toThrow(InvalidDateError);
    expect(() => dateFromParts(2026, 2, 30)).toThrow(InvalidDateError);
    expect(() => dateFromEpochDay(1.5)).toThrow(InvalidDateError);
  });

  it.each([
    [2024, 2, 29],
    [2026, 2, 28],
    [2100, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});
