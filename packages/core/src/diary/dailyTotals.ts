import type { IsoDate } from '../calendar/date.js';
import { isAlcoholFreeByLaw } from '../drinks/alcohol.js';
import type { StandardDrinks } from '../units.js';
import { standardDrinkCount } from '../units.js';
import type { DrinkAmount } from './entry.js';
import { checkDrinkAmount } from './entry.js';

/** The alcohol an entry counts for: none for a drink « sans alcool » in French law (≤ 1.2 % ABV). */
export function countedStandardDrinks(entry: DrinkAmount): number {
  return entry.abvPercent !== undefined && isAlcoholFreeByLaw(entry.abvPercent) ? 0 : entry.standardDrinks;
}

/**
 * Standard drinks per calendar day, for the days that have at least one entry. Drinks at or under 1.2 % ABV
 * count as 0 (« sans alcool », CSP art. L3321-1): they never break a drink-free day.
 * @throws InvalidQuantityError when an entry's standard drinks are negative or not finite.
 */
export function dailyTotals(entries: readonly DrinkAmount[]): Map<IsoDate, StandardDrinks> {
  const totals = new Map<IsoDate, StandardDrinks>();
  for (const entry of entries) {
    checkDrinkAmount(entry);
    totals.set(entry.date, standardDrinkCount((totals.get(entry.date) ?? 0) + countedStandardDrinks(entry)));
  }
  return totals;
}
