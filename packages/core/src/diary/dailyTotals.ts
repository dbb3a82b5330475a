import type { IsoDate } from '../calendar/date.js';
import type { StandardDrinks } from '../units.js';
import { standardDrinkCount } from '../units.js';
import type { DrinkAmount } from './entry.js';
import { checkDrinkAmount } from './entry.js';

/**
 * Standard drinks per calendar day, for the days that have at least one entry.
 * @throws InvalidQuantityError when an entry's standard drinks are negative or not finite.
 */
export function dailyTotals(entries: readonly DrinkAmount[]): Map<IsoDate, StandardDrinks> {
  const totals = new Map<IsoDate, StandardDrinks>();
  for (const entry of entries) {
    checkDrinkAmount(entry);
    totals.set(entry.date, standardDrinkCount((totals.get(entry.date) ?? 0) + entry.standardDrinks));
  }
  return totals;
}
