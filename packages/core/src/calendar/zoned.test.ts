import { describe, expect, it } from 'vitest';
import { InvalidQuantityError } from '../errors.js';
import { isoDate } from './date.js';
import { instantOfLocalTime, isKnownTimeZone, localDateOf, localTimeOf } from './zoned.js';

describe('localDateOf / localTimeOf', () => {
  it.each([
    // 23:30 UTC on 28 March 2026 is 00:30 on the 29th in Paris (winter time, UTC+1).
    { utc: Date.UTC(2026, 2, 28, 23, 30), zone: 'Europe/Paris', date: '2026-03-29', time: '00:30' },
    // After the spring change (UTC+2): 22:30 UTC on the 29th is 00:30 on the 30th.
    { utc: Date.UTC(2026, 2, 29, 22, 30), zone: 'Europe/Paris', date: '2026-03-30', time: '00:30' },
    // Autumn change (back to UTC+1) on 25 October 2026.
    { utc: Date.UTC(2026, 9, 25, 22, 59), zone: 'Europe/Paris', date: '2026-10-25', time: '23:59' },
    { utc: Date.UTC(2026, 9, 25, 23, 0), zone: 'Europe/Paris', date: '2026-10-26', time: '00:00' },
    // Overseas France: Réunion (UTC+4) and Martinique (UTC−4) see another day.
    { utc: Date.UTC(2026, 5, 1, 21, 0), zone: 'Indian/Reunion', date: '2026-06-02', time: '01:00' },
    { utc: Date.UTC(2026, 5, 1, 2, 0), zone: 'America/Martinique', date: '2026-05-31', time: '22:00' },
  ])('$utc in $zone is $date $time', ({ utc, zone, date, time }) => {
    expect(localDateOf(utc, zone)).toBe(date);
    expect(localTimeOf(utc, zone)).toBe(time);
  });

  it('refuses an unknown time zone and a non-finite instant', () => {
    expect(() => localDateOf(0, 'Mars/Olympus')).toThrow(RangeError);
    expect(() => localDateOf(Number.NaN, 'Europe/Paris')).toThrow(InvalidQuantityError);
  });
});

describe('instantOfLocalTime', () => {
  it.each([
    { date: '2026-01-15', time: '20:00', zone: 'Europe/Paris', utc: '2026-01-15T19:00:00.000Z' },
    { date: '2026-07-15', time: '20:00', zone: 'Europe/Paris', utc: '2026-07-15T18:00:00.000Z' },
    // Skipped by the spring change: moved forward by the gap (03:30 summer time).
    { date: '2026-03-29', time: '02:30', zone: 'Europe/Paris', utc: '2026-03-29T01:30:00.000Z' },
    // Repeated by the autumn change: the earlier one (summer time).
    { date: '2026-10-25', time: '02:30', zone: 'Europe/Paris', utc: '2026-10-25T00:30:00.000Z' },
    { date: '2026-03-08', time: '02:30', zone: 'America/New_York', utc: '2026-03-08T07:30:00.000Z' },
    { date: '2026-11-01', time: '01:30', zone: 'America/New_York', utc: '2026-11-01T05:30:00.000Z' },
    { date: '2026-06-01', time: '00:00', zone: 'Indian/Reunion', utc: '2026-05-31T20:00:00.000Z' },
  ])('$date $time in $zone is $utc', ({ date, time, zone, utc }) => {
    expect(new Date(instantOfLocalTime(isoDate(date), time, zone)).toISOString()).toBe(utc);
  });

  it('knows real time zones only', () => {
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(isKnownTimeZone(' ')).toBe(false);
  });
});
