import type { IsoDate } from '../calendar/date.js';
import { isoDate } from '../calendar/date.js';
import type { Weekday } from '../calendar/week.js';
import { daysOfWeek, weekdayOf } from '../calendar/week.js';
import type { DayRecord, DiaryDays } from '../diary/dayStatus.js';
import { dayRecords } from '../diary/dayStatus.js';
import { isAbove, isAlcoholFree } from '../diary/guidelines.js';
import type { StandardDrinks } from '../units.js';
import { standardDrinkCount, sumOf } from '../units.js';
import type { Goal } from './goal.js';

/** One part of a goal: already kept for good, already broken, or not decided yet. */
export type GoalCheck = 'met' | 'missed' | 'pending';

/**
 * - 'achieved': every part met, all 7 days filled;
 * - 'missed': a part is broken (final even mid-week);
 * - 'in-progress': the week is not over and nothing is broken yet;
 * - 'incomplete': the week is over, nothing broken, but some days were never filled.
 */
export type GoalWeekStatus = 'achieved' | 'missed' | 'in-progress' | 'incomplete';

export interface GoalWeekEvaluation {
  readonly weekStart: IsoDate;
  readonly status: GoalWeekStatus;
  readonly checks: {
    readonly weeklyMax: GoalCheck;
    readonly perDrinkingDay: GoalCheck;
    readonly drinkFreeWeekdays: GoalCheck;
  };
  readonly totalStandardDrinks: StandardDrinks;
  /** Left before the weekly maximum (0 when reached or passed). */
  readonly remainingStandardDrinks: StandardDrinks;
  readonly daysAboveDailyMax: readonly IsoDate[];
  readonly drinkFreeWeekdaysBroken: readonly Weekday[];
  /** Days up to `today` with no entry and no drink-free declaration. */
  readonly unfilledDays: readonly IsoDate[];
  readonly days: readonly DayRecord[];
}

export interface GoalWeekInput extends DiaryDays {
  /** Monday (or any first day) of the week to evaluate. */
  readonly weekStart: string;
  /** The person's current calendar day: decides what is still pending. */
  readonly today: string;
}

function checkOf(broken: boolean, settled: boolean): GoalCheck {
  if (broken) return 'missed';
  return settled ? 'met' : 'pending';
}

function statusOf(checks: GoalWeekEvaluation['checks'], weekOver: boolean): GoalWeekStatus {
  const values = Object.values(checks);
  if (values.includes('missed')) return 'missed';
  if (values.every((check) => check === 'met')) return 'achieved';
  return weekOver ? 'incomplete' : 'in-progress';
}

/**
 * Evaluates a week against the person's goal. Unfilled days count as 0 drinks for the sums but keep the
 * week from being 'achieved' (Oz Ensemble also required 7 filled days — docs/reference/oz-ensemble-formats.md §2.5).
 * @throws InvalidDateError for an invalid `weekStart` or `today`.
 */
export function evaluateGoalWeek(goal: Goal, input: GoalWeekInput): GoalWeekEvaluation {
  const start = isoDate(input.weekStart);
  const today = isoDate(input.today);
  const days = dayRecords(input, daysOfWeek(start));
  const lastDay = days[days.length - 1]?.date ?? start;
  const total = sumOf(days.map((day) => day.standardDrinks));
  const allFilled = days.every((day) => day.status !== 'not-filled');
  const daysAboveDailyMax = days
    .filter((day) => isAbove(day.standardDrinks, goal.maxStandardDrinksPerDrinkingDay))
    .map((day) => day.date);
  const chosenDays = days.filter((day) => goal.drinkFreeWeekdays.includes(weekdayOf(day.date)));
  const drinkFreeWeekdaysBroken = chosenDays
    .filter((day) => !isAlcoholFree(day.standardDrinks))
    .map((day) => weekdayOf(day.date));
  const checks = {
    weeklyMax: checkOf(isAbove(total, goal.maxStandardDrinksPerWeek), allFilled),
    perDrinkingDay: checkOf(daysAboveDailyMax.length > 0, allFilled),
    drinkFreeWeekdays: checkOf(
      drinkFreeWeekdaysBroken.length > 0,
      chosenDays.every((day) => day.status === 'drink-free'),
    ),
  };
  return {
    weekStart: start,
    status: statusOf(checks, today > lastDay),
    checks,
    totalStandardDrinks: total,
    remainingStandardDrinks: standardDrinkCount(Math.max(0, goal.maxStandardDrinksPerWeek - total)),
    daysAboveDailyMax,
    drinkFreeWeekdaysBroken,
    unfilledDays: days
      .filter((day) => day.status === 'not-filled' && day.date <= today)
      .map((day) => day.date),
    days,
  };
}

/** How one day looks against the goal, for the calendar. */
export type GoalDayStatus =
  'not-filled' | 'drink-free' | 'within-goal' | 'above-goal' | 'drank-on-drink-free-weekday';

export function goalDayStatus(goal: Goal, day: DayRecord): GoalDayStatus {
  if (day.status === 'not-filled' || day.status === 'drink-free') return day.status;
  if (goal.drinkFreeWeekdays.includes(weekdayOf(day.date))) return 'drank-on-drink-free-weekday';
  return isAbove(day.standardDrinks, goal.maxStandardDrinksPerDrinkingDay) ? 'above-goal' : 'within-goal';
}
