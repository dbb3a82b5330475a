import type { IsoDate } from '../calendar/date.js';
import { addDays, compareIsoDates, datesBetween, isoDate } from '../calendar/date.js';
import type { DayRecord, DiaryDays } from '../diary/dayStatus.js';
import { dayRecords } from '../diary/dayStatus.js';
import { isAlcoholFree } from '../diary/guidelines.js';

export interface Streak {
  readonly days: number;
  /** First and last day of the streak; absent when `days` is 0. */
  readonly from?: IsoDate;
  readonly to?: IsoDate;
}

export interface DrinkFreeStreaks {
  /** Drink-free days in a row up to today (or yesterday while today is not filled yet). */
  readonly current: Streak;
  /** The longest run of drink-free days up to today. */
  readonly longest: Streak;
  /** All filled drink-free days up to today. */
  readonly totalDrinkFreeDays: number;
}

/*
 * A streak day is a *filled* drink-free day: declared drink-free, or only alcohol-free drinks. An
 * unfilled day breaks the streak, as in Oz Ensemble's abstinence counter (docs/reference/oz-ensemble-formats.md §2.7), because
 * Oz cannot know it was drink-free. Days are calendar strings, so DST changes cannot break a streak.
 */

function earliestDate(diary: DiaryDays): IsoDate | undefined {
  const dates = [...diary.entries.map((entry) => entry.date), ...(diary.drinkFreeDays ?? [])];
  return dates.sort(compareIsoDates)[0];
}

function streakOf(run: readonly DayRecord[]): Streak {
  const first = run[0];
  const last = run[run.length - 1];
  if (first === undefined || last === undefined) return { days: 0 };
  return { days: run.length, from: first.date, to: last.date };
}

function longestRun(records: readonly DayRecord[]): Streak {
  let best: Streak = { days: 0 };
  let start = 0;
  for (let index = 0; index <= records.length; index += 1) {
    if (records[index]?.status === 'drink-free') continue;
    if (index - start > best.days) best = streakOf(records.slice(start, index));
    start = index + 1;
  }
  return best;
}

function currentRun(records: readonly DayRecord[]): Streak {
  let end = records.length;
  if (records[end - 1]?.status === 'not-filled') end -= 1;
  let start = end;
  while (start > 0 && records[start - 1]?.status === 'drink-free') start -= 1;
  return streakOf(records.slice(start, end));
}

/**
 * Current and longest drink-free streaks, counting only days up to `today` (the person's calendar day,
 * passed in: core never reads the clock).
 * @throws InvalidDateError for an invalid `today`.
 */
export function drinkFreeStreaks(diary: DiaryDays, today: string): DrinkFreeStreaks {
  const lastDay = isoDate(today);
  const first = earliestDate(diary);
  if (first === undefined || first > lastDay) {
    return { current: { days: 0 }, longest: { days: 0 }, totalDrinkFreeDays: 0 };
  }
  const records = dayRecords(diary, datesBetween(first, lastDay));
  return {
    current: currentRun(records),
    longest: longestRun(records),
    totalDrinkFreeDays: records.filter((record) => record.status === 'drink-free').length,
  };
}

/** Days since the last day with alcohol, up to `today` included; undefined if no alcohol was ever logged. */
export function daysSinceLastDrink(diary: DiaryDays, today: string): number | undefined {
  const lastDay = isoDate(today);
  const drinkingDays = diary.entries
    .filter((entry) => !isAlcoholFree(entry.standardDrinks) && entry.date <= lastDay)
    .map((entry) => entry.date)
    .sort(compareIsoDates);
  const last = drinkingDays[drinkingDays.length - 1];
  if (last === undefined) return undefined;
  return datesBetween(addDays(last, 1), lastDay).length;
}
