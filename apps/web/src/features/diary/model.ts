import {
  createDiaryEntry,
  euros,
  kilocalories,
  standardDrinkCount,
  type DiaryDays,
  type Drink,
  type IsoDate,
} from '@oz/core';
import { newId, nowIso } from '../../storage/ids.js';
import type { DayLog, DrinkEntryRecord, EntryOrigin } from '../../storage/types.js';

/** Builds a new diary line with @oz/core (standard drinks, kcal, price computed there). */
export function newEntry(
  drink: Drink,
  quantity: number,
  date: IsoDate,
  time: string,
  origin: EntryOrigin = 'oz',
  id: string = newId(),
): DrinkEntryRecord {
  const entry = createDiaryEntry({ id, date, drink, quantity, time });
  const now = nowIso();
  return { ...entry, time, category: drink.category, createdAt: now, updatedAt: now, origin };
}

/** One serving of the drink as it was logged (the line keeps its own copy of the drink). */
export function drinkOfEntry(entry: DrinkEntryRecord): Drink {
  const per = (value: number): number => value / entry.quantity;
  const drink: Drink = {
    id: entry.drinkId,
    category: entry.category,
    label: entry.label,
    volumeMl: entry.volumeMl,
    abvPercent: entry.abvPercent,
    standardDrinks: standardDrinkCount(per(entry.standardDrinks)),
    kcal: kilocalories(per(entry.kcal)),
    priceSource: 'person',
    custom: entry.category === 'custom',
  };
  return entry.priceEuros === undefined ? drink : { ...drink, priceEuros: euros(per(entry.priceEuros)) };
}

/** Same line with a new quantity, day or time; core recomputes the totals. */
export function changeEntry(
  entry: DrinkEntryRecord,
  change: { readonly quantity: number; readonly date: IsoDate; readonly time: string },
): DrinkEntryRecord {
  const rebuilt = newEntry(
    drinkOfEntry(entry),
    change.quantity,
    change.date,
    change.time,
    entry.origin,
    entry.id,
  );
  return { ...rebuilt, createdAt: entry.createdAt };
}

/** The diary as @oz/core's day classifiers read it. */
export function diaryOf(entries: readonly DrinkEntryRecord[], days: readonly DayLog[]): DiaryDays {
  return { entries, drinkFreeDays: days.filter((day) => day.drinkFree).map((day) => day.date) };
}

export function emptyDayLog(date: IsoDate): DayLog {
  return { date, drinkFree: false, mood: null, tags: [], note: '', updatedAt: nowIso() };
}
