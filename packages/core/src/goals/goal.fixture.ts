import type { Goal, GoalInput } from './goal.js';
import { createGoal } from './goal.js';

/** A goal of at most 7 drinks a week, 2 per drinking day, Monday and Tuesday drink-free, unless overridden. */
export function aGoal(overrides: Partial<GoalInput> = {}): Goal {
  return createGoal({
    maxStandardDrinksPerWeek: 7,
    maxStandardDrinksPerDrinkingDay: 2,
    drinkFreeWeekdays: ['monday', 'tuesday'],
    ...overrides,
  });
}
