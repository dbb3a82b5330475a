import type { Weekday } from '../calendar/week.js';
import { DAYS_PER_WEEK, WEEKDAYS } from '../calendar/week.js';
import { InvalidGoalError } from '../errors.js';
import type { StandardDrinks } from '../units.js';
import { standardDrinkCount } from '../units.js';
import { isAbove } from '../diary/guidelines.js';

/*
 * A goal is the person's own choice (HAS brief intervention, step 3 "propose goals and let the person
 * choose"; any reduction counts — docs/reference/clinical-sources.md B.7). Oz Ensemble's goal: allowed drinks per week and
 * chosen drink-free weekdays (docs/reference/oz-ensemble-formats.md §2.5); Oz adds an explicit per-drinking-day maximum
 * instead of deriving an average the person never chose.
 */

export interface Goal {
  /** At most this many standard drinks over the week (Monday–Sunday). 0 = a week without alcohol. */
  readonly maxStandardDrinksPerWeek: StandardDrinks;
  /** At most this many standard drinks on any day the person drinks. */
  readonly maxStandardDrinksPerDrinkingDay: StandardDrinks;
  /** Weekdays the person chose to keep without alcohol, in Monday-first order. */
  readonly drinkFreeWeekdays: readonly Weekday[];
}

export interface GoalInput {
  readonly maxStandardDrinksPerWeek: number;
  /** Omitted → the weekly maximum (no separate daily cap). */
  readonly maxStandardDrinksPerDrinkingDay?: number;
  readonly drinkFreeWeekdays?: readonly string[];
}

/** Upper bound for goal numbers: 10 000 ml of pure ethanol would be 800 drinks; anything above is a typo. */
export const MAX_GOAL_STANDARD_DRINKS = 500;

function checkAmount(field: string, value: number): StandardDrinks {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidGoalError('not-finite', `${field} must be a finite number`);
  }
  if (value < 0) throw new InvalidGoalError('negative', `${field} must not be negative`);
  if (value > MAX_GOAL_STANDARD_DRINKS) {
    throw new InvalidGoalError('too-large', `${field} must be at most ${String(MAX_GOAL_STANDARD_DRINKS)}`);
  }
  return standardDrinkCount(value);
}

function checkWeekdays(days: readonly string[]): Weekday[] {
  const known = new Set<string>(WEEKDAYS);
  for (const day of days) {
    if (!known.has(day))
      throw new InvalidGoalError('unknown-weekday', `Unknown weekday ${JSON.stringify(day)}`);
  }
  if (new Set(days).size !== days.length) {
    throw new InvalidGoalError('duplicate-weekday', 'A weekday is listed twice');
  }
  return WEEKDAYS.filter((day) => days.includes(day));
}

/**
 * Validates and normalises a goal.
 * @throws InvalidGoalError when the parts contradict each other: drinks allowed on a week whose 7 days
 * are drink-free, a per-day maximum above the weekly one, unknown or repeated weekdays, bad numbers.
 */
export function createGoal(input: GoalInput): Goal {
  const perWeek = checkAmount('maxStandardDrinksPerWeek', input.maxStandardDrinksPerWeek);
  const perDay = checkAmount(
    'maxStandardDrinksPerDrinkingDay',
    input.maxStandardDrinksPerDrinkingDay ?? input.maxStandardDrinksPerWeek,
  );
  const drinkFreeWeekdays = checkWeekdays(input.drinkFreeWeekdays ?? []);
  if (drinkFreeWeekdays.length === DAYS_PER_WEEK && perWeek > 0) {
    throw new InvalidGoalError(
      'drinks-on-all-drink-free-week',
      'Drinks are allowed but every day is drink-free',
    );
  }
  if (isAbove(perDay, perWeek)) {
    throw new InvalidGoalError('per-day-above-weekly', 'The daily maximum is above the weekly maximum');
  }
  return { maxStandardDrinksPerWeek: perWeek, maxStandardDrinksPerDrinkingDay: perDay, drinkFreeWeekdays };
}

/** A goal of not drinking at all this week. */
export function isAbstinenceGoal(goal: Goal): boolean {
  return goal.maxStandardDrinksPerWeek === 0;
}
