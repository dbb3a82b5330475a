import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../calendar/date.js';
import { amountsFrom, anAmount, dates } from '../diary/diary.fixture.js';
import { daysSinceLastDrink, drinkFreeStreaks } from './streaks.js';

describe('drinkFreeStreaks', () => {
  it('is zero for an empty diary', () => {
    expect(drinkFreeStreaks({ entries: [] }, '2026-03-29')).toEqual({
      current: { days: 0 },
      longest: { days: 0 },
      totalDrinkFreeDays: 0,
    });
  });

  it('counts filled drink-free days; an unfilled day or a drinking day breaks the run', () => {
    const diary = {
      entries: [anAmount('2026-03-20', 2), anAmount('2026-03-25', 1)],
      drinkFreeDays: dates(
        '2026-03-21',
        '2026-03-22',
        '2026-03-23',
        '2026-03-24',
        '2026-03-26',
        '2026-03-27',
      ),
    };
    const streaks = drinkFreeStreaks(diary, '2026-03-27');
    expect(streaks.longest).toEqual({ days: 4, from: '2026-03-21', to: '2026-03-24' });
    expect(streaks.current).toEqual({ days: 2, from: '2026-03-26', to: '2026-03-27' });
    expect(streaks.totalDrinkFreeDays).toBe(6);
  });

  it('does not break the current streak while today is not filled yet', () => {
    const diary = { entries: [anAmount('2026-03-20', 1)], drinkFreeDays: dates('2026-03-21', '2026-03-22') };
    expect(drinkFreeStreaks(diary, '2026-03-23').current.days).toBe(2);
    expect(drinkFreeStreaks(diary, '2026-03-24').current.days).toBe(0);
  });

  it('runs across both DST changes without losing or doubling a day', () => {
    const spring = dates('2026-03-28', '2026-03-29', '2026-03-30');
    expect(drinkFreeStreaks({ entries: [], drinkFreeDays: spring }, '2026-03-30').current.days).toBe(3);
    const autumn = dates('2026-10-24', '2026-10-25', '2026-10-26');
    expect(drinkFreeStreaks({ entries: [], drinkFreeDays: autumn }, '2026-10-26').current.days).toBe(3);
  });

  it('ignores days after today', () => {
    const diary = { entries: [], drinkFreeDays: dates('2026-03-28', '2026-03-29', '2026-03-30') };
    expect(drinkFreeStreaks(diary, '2026-03-29').longest.days).toBe(2);
    expect(drinkFreeStreaks(diary, '2026-03-01').longest.days).toBe(0);
  });

  it('keeps current ≤ longest ≤ total drink-free days', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(-1, 0, 1), { maxLength: 60 }), (pattern) => {
        // -1 = not filled, 0 = declared drink-free, 1 = one drink
        const start = isoDate('2026-01-01');
        const drinkFreeDays = pattern.flatMap((value, index) => (value === 0 ? [addDays(start, index)] : []));
        const entries = amountsFrom(
          start,
          pattern.map((value) => (value === 1 ? 1 : 0)),
        );
        const today = addDays(start, Math.max(0, pattern.length - 1));
        const streaks = drinkFreeStreaks({ entries, drinkFreeDays }, today);
        expect(streaks.current.days).toBeLessThanOrEqual(streaks.longest.days);
        expect(streaks.longest.days).toBeLessThanOrEqual(streaks.totalDrinkFreeDays);
        expect(streaks.totalDrinkFreeDays).toBe(drinkFreeDays.length);
      }),
    );
  });
});

describe('daysSinceLastDrink', () => {
  it('counts days since the last day with alcohol', () => {
    const diary = { entries: amountsFrom('2026-03-20', [1, 0, 2]) };
    expect(daysSinceLastDrink(diary, '2026-03-22')).toBe(0);
    expect(daysSinceLastDrink(diary, '2026-03-25')).toBe(3);
    expect(daysSinceLastDrink({ entries: [] }, '2026-03-25')).toBeUndefined();
  });
});
