import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/date.js';
import { daysOfWeek } from '../calendar/week.js';
import { dayRecord } from '../diary/dayStatus.js';
import { amountsFrom, anAmount, dates } from '../diary/diary.fixture.js';
import { evaluateGoalWeek, goalDayStatus } from './evaluateWeek.js';
import { aGoal } from './goal.fixture.js';

const MONDAY = '2026-03-23';
const SUNDAY = '2026-03-29';
const WEEK = daysOfWeek(isoDate(MONDAY));

describe('evaluateGoalWeek', () => {
  it('is achieved when every day is filled and every part is kept', () => {
    const entries = amountsFrom(MONDAY, [0, 0, 1, 2, 2, 1, 1]);
    const result = evaluateGoalWeek(aGoal(), {
      entries,
      drinkFreeDays: dates(MONDAY, '2026-03-24'),
      weekStart: MONDAY,
      today: '2026-03-30',
    });
    expect(result.status).toBe('achieved');
    expect(result.checks).toEqual({ weeklyMax: 'met', perDrinkingDay: 'met', drinkFreeWeekdays: 'met' });
    expect(result.totalStandardDrinks).toBe(7);
    expect(result.remainingStandardDrinks).toBe(0);
    expect(result.unfilledDays).toEqual([]);
  });

  it('is missed as soon as the weekly maximum is passed, even mid-week', () => {
    const result = evaluateGoalWeek(aGoal(), {
      entries: amountsFrom('2026-03-25', [2, 2, 2, 2]),
      weekStart: MONDAY,
      today: '2026-03-28',
    });
    expect(result.status).toBe('missed');
    expect(result.checks.weeklyMax).toBe('missed');
  });

  it('is missed when a day passes the per-day maximum or a chosen drink-free weekday has alcohol', () => {
    const tooMuchInADay = evaluateGoalWeek(aGoal(), {
      entries: [anAmount('2026-03-27', 3)],
      weekStart: MONDAY,
      today: '2026-03-27',
    });
    expect(tooMuchInADay.checks.perDrinkingDay).toBe('missed');
    expect(tooMuchInADay.daysAboveDailyMax).toEqual(['2026-03-27']);
    const drankOnTuesday = evaluateGoalWeek(aGoal(), {
      entries: [anAmount('2026-03-24', 1)],
      weekStart: MONDAY,
      today: '2026-03-24',
    });
    expect(drankOnTuesday.status).toBe('missed');
    expect(drankOnTuesday.drinkFreeWeekdaysBroken).toEqual(['tuesday']);
  });

  it('is in progress mid-week and incomplete when the week ended with unfilled days', () => {
    const entries = [anAmount('2026-03-25', 1)];
    const diary = { entries, drinkFreeDays: dates(MONDAY, '2026-03-24') };
    const midWeek = evaluateGoalWeek(aGoal(), { ...diary, weekStart: MONDAY, today: '2026-03-26' });
    expect(midWeek.status).toBe('in-progress');
    expect(midWeek.checks.drinkFreeWeekdays).toBe('met');
    expect(midWeek.unfilledDays).toEqual(['2026-03-26']);
    expect(midWeek.remainingStandardDrinks).toBe(6);
    const after = evaluateGoalWeek(aGoal(), { ...diary, weekStart: MONDAY, today: '2026-04-02' });
    expect(after.status).toBe('incomplete');
    expect(after.unfilledDays).toHaveLength(4);
  });

  it('never calls a week achieved unless all 7 days are filled', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 7, maxLength: 7 }),
        fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        (perDay, declared) => {
          const drinkFreeDays = WEEK.filter((_, index) => declared[index] === true && perDay[index] === 0);
          const result = evaluateGoalWeek(aGoal(), {
            entries: amountsFrom(MONDAY, perDay),
            drinkFreeDays,
            weekStart: MONDAY,
            today: '2026-04-30',
          });
          if (result.status === 'achieved')
            expect(result.days.every((day) => day.status !== 'not-filled')).toBe(true);
          const total = perDay.reduce((a, b) => a + b, 0);
          if (total > 7) expect(result.status).toBe('missed');
        },
      ),
    );
  });
});

describe('goalDayStatus', () => {
  const diary = {
    entries: [anAmount('2026-03-24', 1), anAmount('2026-03-25', 3), anAmount('2026-03-26', 2)],
    drinkFreeDays: dates(MONDAY),
  };
  it.each([
    [MONDAY, 'drink-free'],
    ['2026-03-24', 'drank-on-drink-free-weekday'],
    ['2026-03-25', 'above-goal'],
    ['2026-03-26', 'within-goal'],
    [SUNDAY, 'not-filled'],
  ])('%s is %s', (date, status) => {
    expect(goalDayStatus(aGoal(), dayRecord(diary, isoDate(date)))).toBe(status);
  });
});
