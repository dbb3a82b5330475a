import { describe, expect, it } from 'vitest';
import { catalogueDrink } from '../diary/diary.fixture.js';
import { createCustomDrink } from '../drinks/custom.js';
import { InvalidQuantityError } from '../errors.js';
import { NO_DRINKING_WEEK, typicalWeekFromServings, typicalWeekFromTotals } from './typicalWeek.js';

describe('typical week', () => {
  it('sums servings with catalogue kcal and prices', () => {
    const week = typicalWeekFromServings([
      { drink: catalogueDrink('beer-pint'), quantity: 5 },
      { drink: catalogueDrink('wine-bottle'), quantity: 1 },
    ]);
    expect(week.standardDrinks).toBeCloseTo(17.5, 10);
    expect(week.kcal).toBeCloseTo(5 * 140 + 525, 10);
    expect(week.euros).toBeCloseTo(5 * 7 + 10, 10);
  });

  it('adds no money for a drink without a price', () => {
    const own = createCustomDrink({ id: 'c', name: 'Maison', volumeMl: 250, abvPercent: 5 });
    expect(typicalWeekFromServings([{ drink: own, quantity: 4 }]).euros).toBe(0);
  });

  it('accepts totals, deriving alcohol kcal when missing', () => {
    expect(typicalWeekFromTotals({ standardDrinks: 14, euros: 40 })).toEqual({
      standardDrinks: 14,
      kcal: 980,
      euros: 40,
    });
    expect(typicalWeekFromTotals({ standardDrinks: 14, kcal: 1500, euros: 40 }).kcal).toBe(1500);
    expect(NO_DRINKING_WEEK).toEqual({ standardDrinks: 0, kcal: 0, euros: 0 });
  });

  it('refuses negative or non-finite values', () => {
    expect(() => typicalWeekFromServings([{ drink: catalogueDrink('beer-half'), quantity: -1 }])).toThrow(
      InvalidQuantityError,
    );
    expect(() => typicalWeekFromTotals({ standardDrinks: 3, euros: Number.NaN })).toThrow(RangeError);
  });
});
