import type { Drink } from '../drinks/drink.js';
import { kcalOfAlcohol } from '../drinks/alcohol.js';
import { gramsFromStandardDrinks } from '../drinks/alcohol.js';
import { requireFiniteInRange } from '../quantity.js';
import type { Euros, Kilocalories, StandardDrinks } from '../units.js';
import { euros, kilocalories, standardDrinkCount } from '../units.js';

/*
 * The person's own estimate of a typical week before cutting down: the baseline every gain is measured
 * against (Oz Ensemble `@GainPreviousDrinksPerWeek`, priced with the catalogue — docs/reference/oz-ensemble-formats.md §2.7).
 */

export interface TypicalWeek {
  readonly standardDrinks: StandardDrinks;
  readonly kcal: Kilocalories;
  readonly euros: Euros;
}

/** A drink and how many servings of it in a typical week. */
export interface WeeklyServing {
  readonly drink: Drink;
  readonly quantity: number;
}

/** Most servings of one drink in a typical week (100 a day). */
export const MAX_WEEKLY_SERVINGS = 700;

/**
 * Sums a typical week described drink by drink. A drink without a price adds no money.
 * @throws InvalidQuantityError for a negative, non-finite or absurd quantity.
 */
export function typicalWeekFromServings(servings: readonly WeeklyServing[]): TypicalWeek {
  let drinks = 0;
  let kcal = 0;
  let money = 0;
  for (const { drink, quantity } of servings) {
    requireFiniteInRange('quantity', quantity, { max: MAX_WEEKLY_SERVINGS });
    drinks += drink.standardDrinks * quantity;
    kcal += drink.kcal * quantity;
    money += (drink.priceEuros ?? 0) * quantity;
  }
  return { standardDrinks: standardDrinkCount(drinks), kcal: kilocalories(kcal), euros: euros(money) };
}

export interface TypicalWeekTotals {
  readonly standardDrinks: number;
  /** Omitted → alcohol-only energy, standard drinks × 10 g × 7 kcal. */
  readonly kcal?: number;
  readonly euros: number;
}

/** A typical week given as totals. @throws InvalidQuantityError for negative or non-finite values. */
export function typicalWeekFromTotals(totals: TypicalWeekTotals): TypicalWeek {
  const drinks = standardDrinkCount(requireFiniteInRange('standardDrinks', totals.standardDrinks));
  const kcal =
    totals.kcal === undefined
      ? kcalOfAlcohol(gramsFromStandardDrinks(drinks))
      : kilocalories(requireFiniteInRange('kcal', totals.kcal));
  return { standardDrinks: drinks, kcal, euros: euros(requireFiniteInRange('euros', totals.euros)) };
}

/** For someone who did not drink before: every drink is then an extra, never a gain. */
export const NO_DRINKING_WEEK: TypicalWeek = Object.freeze({
  standardDrinks: standardDrinkCount(0),
  kcal: kilocalories(0),
  euros: euros(0),
});
