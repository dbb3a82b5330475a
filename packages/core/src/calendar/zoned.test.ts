import { describe, expect, it } from 'vitest';
import { InvalidQuantityError } from '../errors.js';
import { localDateOf, localTimeOf } from './zoned.js';

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
