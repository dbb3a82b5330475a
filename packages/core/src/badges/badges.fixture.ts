import type { IsoDate } from '../calendar/date.js';
import { addDays, isoDate } from '../calendar/date.js';
import { amountsFrom } from '../diary/diary.fixture.js';
import type { DrinkAmount } from '../diary/entry.js';

/** `count` consecutive days from `start`, as drink-free declarations. */
export function drinkFreeRun(start: string, count: number): IsoDate[] {
  return Array.from({ length: count }, (_, index) => addDays(isoDate(start), index));
}

/** `days` consecutive days from `start` with `perDay` standard drinks each. */
export function drinkingRun(start: string, days: number, perDay: number): DrinkAmount[] {
  return amountsFrom(
    start,
    Array.from({ length: days }, () => perDay),
  );
}
