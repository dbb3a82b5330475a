import type { IsoDate } from '../calendar/date.js';
import type { StandardDrinks } from '../units.js';
import { standardDrinkCount } from '../units.js';
import { dailyTotals } from './dailyTotals.js';
import type { DrinkAmount } from './entry.js';
import { MAX_STANDARD_DRINKS_PER_DAY, isAbove, isAlcoholFree } from './guidelines.js';

/**
 * How a calendar day looks against the repères:
 * - 'not-filled': no entry and not declared drink-free (unknown, never shown as a success);
 * - 'drink-free': declared drink-free, or only alcohol-free drinks logged;
 * - 'within-guidelines': some alcohol, at most 2 standard drinks (SPF 2017);
 * - 'above-guidelines': more than 2 standard drinks.
 */
export type DayStatus = 'not-filled' | 'drink-free' | 'within-guidelines' | 'above-guidelines';

export interface DayRecord {
  readonly date: IsoDate;
  readonly status: DayStatus;
  readonly standardDrinks: StandardDrinks;
  readonly entryCount: number;
  /** The person said "I did not drink" that day. */
  readonly declaredDrinkFree: boolean;
  /**
   * Declared drink-free yet alcohol was logged: the entries win (the status follows them) and the UI
   * can ask which is right. Oz Ensemble let both coexist silently (docs/reference/oz-ensemble-formats.md §2.5).
   */
  readonly conflicting: boolean;
}

/** The diary as the day classifiers read it: entries plus the days declared drink-free. */
export interface DiaryDays {
  readonly entries: readonly DrinkAmount[];
  /** Days the person explicitly declared without alcohol ("Je n'ai pas bu"). */
  readonly drinkFreeDays?: readonly IsoDate[];
}

function statusOf(filled: boolean, amount: number): DayStatus {
  if (!filled) return 'not-filled';
  if (isAlcoholFree(amount)) return 'drink-free';
  return isAbove(amount, MAX_STANDARD_DRINKS_PER_DAY) ? 'above-guidelines' : 'within-guidelines';
}

interface DiaryIndex {
  readonly totals: ReadonlyMap<IsoDate, StandardDrinks>;
  readonly counts: ReadonlyMap<IsoDate, number>;
  readonly declared: ReadonlySet<IsoDate>;
}

function indexDiary(diary: DiaryDays): DiaryIndex {
  const counts = new Map<IsoDate, number>();
  for (const entry of diary.entries) counts.set(entry.date, (counts.get(entry.date) ?? 0) + 1);
  return { totals: dailyTotals(diary.entries), counts, declared: new Set(diary.drinkFreeDays ?? []) };
}

function recordOf(index: DiaryIndex, date: IsoDate): DayRecord {
  const entryCount = index.counts.get(date) ?? 0;
  const amount = index.totals.get(date) ?? standardDrinkCount(0);
  const declaredDrinkFree = index.declared.has(date);
  return {
    date,
    status: statusOf(entryCount > 0 || declaredDrinkFree, amount),
    standardDrinks: amount,
    entryCount,
    declaredDrinkFree,
    conflicting: declaredDrinkFree && !isAlcoholFree(amount),
  };
}

/** One record per date, in the order given. Entries and declarations on other dates are ignored. */
export function dayRecords(diary: DiaryDays, dates: readonly IsoDate[]): DayRecord[] {
  const index = indexDiary(diary);
  return dates.map((date) => recordOf(index, date));
}

/** The record of a single day. */
export function dayRecord(diary: DiaryDays, date: IsoDate): DayRecord {
  return recordOf(indexDiary(diary), date);
}

/** A day counts as filled when it has an entry or was declared drink-free. */
export function isFilled(record: DayRecord): boolean {
  return record.status !== 'not-filled';
}
