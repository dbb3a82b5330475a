import { describe, expect, it } from 'vitest';
import { InvalidGoalError } from '../errors.js';
import { createGoal, isAbstinenceGoal } from './goal.js';

describe('createGoal', () => {
  it('normalises weekdays to Monday-first order and defaults the daily cap to the weekly one', () => {
    const goal = createGoal({ maxStandardDrinksPerWeek: 6, drinkFreeWeekdays: ['sunday', 'monday'] });
    expect(goal).toEqual({
      maxStandardDrinksPerWeek: 6,
      maxStandardDrinksPerDrinkingDay: 6,
      drinkFreeWeekdays: ['monday', 'sunday'],
    });
    expect(isAbstinenceGoal(goal)).toBe(false);
  });

  it('accepts a week without alcohol', () => {
    const goal = createGoal({
      maxStandardDrinksPerWeek: 0,
      drinkFreeWeekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    });
    expect(isAbstinenceGoal(goal)).toBe(true);
  });

  it.each([
    {
      case: 'drinks allowed on a fully drink-free week',
      input: {
        maxStandardDrinksPerWeek: 3,
        drinkFreeWeekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
      },
      code: 'drinks-on-all-drink-free-week',
    },
    {
      case: 'daily cap above weekly',
      input: { maxStandardDrinksPerWeek: 3, maxStandardDrinksPerDrinkingDay: 4 },
      code: 'per-day-above-weekly',
    },
    {
      case: 'unknown weekday',
      input: { maxStandardDrinksPerWeek: 3, drinkFreeWeekdays: ['lundi'] },
      code: 'unknown-weekday',
    },
    {
      case: 'repeated weekday',
      input: { maxStandardDrinksPerWeek: 3, drinkFreeWeekdays: ['monday', 'monday'] },
      code: 'duplicate-weekday',
    },
    { case: 'negative', input: { maxStandardDrinksPerWeek: -1 }, code: 'negative' },
    { case: 'NaN', input: { maxStandardDrinksPerWeek: Number.NaN }, code: 'not-finite' },
    { case: 'absurd', input: { maxStandardDrinksPerWeek: 501 }, code: 'too-large' },
  ])('refuses $case ($code)', ({ input, code }) => {
    expect(() => createGoal(input)).toThrow(InvalidGoalError);
    expect(() => createGoal(input)).toThrow(expect.objectContaining({ code }) as Error);
  });
});
