import type { IsoDate } from '../calendar/date.js';
import { isoDate } from '../calendar/date.js';
import { findDrink } from '../drinks/catalogue.js';
import type { Drink } from '../drinks/drink.js';
import { standardDrinkCount } from '../units.js';
import type { DiaryEntry, DrinkAmount } from './entry.js';
import { createDiaryEntry } from './entry.js';

/** A catalogue drink by id, failing loudly in tests when the id is wrong. */
export function catalogueDrink(id: string): Drink {
  const drink = findDrink(id);
  if (drink === undefined) throw new Error(`No catalogue drink ${id}`);
  return drink;
}

let nextId = 0;

/** A diary line: one demi of beer (1 standard drink) on 2026-03-02 unless overridden. */
export function aDiaryEntry(
  overrides: { id?: string; date?: string; drinkId?: string; quantity?: number; time?: string } = {},
): DiaryEntry {
  nextId += 1;
  return createDiaryEntry({
    id: overrides.id ?? `entry-${String(nextId)}`,
    date: overrides.date ?? '2026-03-02',
    drink: catalogueDrink(overrides.drinkId ?? 'beer-half'),
    quantity: overrides.quantity ?? 1,
    ...(overrides.time === undefined ? {} : { time: overrides.time }),
  });
}

/** The minimal diary line `{ date, standardDrinks }`. */
export function anAmount(date: string, drinks: number): DrinkAmount {
  return { date: isoDate(date), standardDrinks: standardDrinkCount(drinks) };
}

/** Amounts for consecutive days from `start`: `perDay[i]` drinks on day i (0 → no entry). */
export function amountsFrom(start: string, perDay: readonly number[]): DrinkAmount[] {
  const first = isoDate(start);
  const [year, month, day] = [
    Number(first.slice(0, 4)),
    Number(first.slice(5, 7)),
    Number(first.slice(8, 10)),
  ];
  return perDay.flatMap((drinks, offset) => {
    if (drinks === 0) return [];
    const date = new Date(Date.UTC(year, month - 1, day + offset)).toISOString().slice(0, 10);
    return [anAmount(date, drinks)];
  });
}

/** Dates as IsoDate, for drink-free declarations. */
export function dates(...values: string[]): IsoDate[] {
  return values.map(isoDate);
}

/**
 * A diary of consecutive days from `start`: a number of drinks, 0 for a day declared drink-free, null for a
 * blank day (no entry, no declaration: unknown).
 */
export function diaryFrom(
  start: string,
  perDay: readonly (number | null)[],
): { entries: DrinkAmount[]; drinkFreeDays: IsoDate[] } {
  const entries = amountsFrom(
    start,
    perDay.map((drinks) => drinks ?? 0),
  );
  const first = amountsFrom(
    start,
    perDay.map(() => 1),
  ).map((amount) => amount.date);
  const drinkFreeDays = first.filter((_, offset) => perDay[offset] === 0);
  return { entries, drinkFreeDays };
}
