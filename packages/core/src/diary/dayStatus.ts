import type { IsoDate } from '../calendar/date.js';
import type { StandardDrinks } from '../units.js';
import { standardDrinkCount } from '../units.js';
import { dailyTotals } from './dailyTotals.js';
import type { DrinkAmount } from './entry.js';
import { isAbove, isAlcoholFree } from './guidelines.js';
import type { RepereLimits } from './reperes.js';
import { STANDARD_REPERES } from './reperes.js';

/**
 * How a calendar day looks against the repères:
 * - 'not-filled': no entry and not declared drink-free (unknown, never shown as a success);
 * - 'drink-free': declared drink-free, or only alcohol-free drinks logged (≤ 1.2 % ABV counts as none);
 * - 'within-guidelines': some alcohol, at most the daily repère (2 standard drinks, SPF 2017);
 * - 'above-guidelines': more than the daily repère — any alcohol when the repère is zero (pregnancy, under 18:
 *   one glass is never « dans les repères », see reperes.ts).
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

function statusOf(filled: boolean, amount: number, maxPerDay: number): DayStatus {
  if (!filled) return 'not-filled';
  if (isAlcoholFree(amount)) return 'drink-free';
  return isAbove(amount, maxPerDay) ? 'above-guidelines' : 'within-guidelines';
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

function recordOf(index: DiaryIndex, date: IsoDate, limits: RepereLimits): DayRecord {
  const entryCount = index.counts.get(date) ?? 0;
  const amount = index.totals.get(date) ?? standardDrinkCount(0);
  const declaredDrinkFree = index.declared.has(date);
  return {
    date,
    status: statusOf(entryCount > 0 || declaredDrinkFree, amount, limits.maxPerDay),
    standardDrinks: amount,
    entryCount,
    declaredDrinkFree,
    conflicting: declaredDrinkFree && !isAlcoholFree(amount),
  };
}

/**
 * One record per date, in the order given, judged against `limits` (the person's repères, reperesFor; the
 * general SPF 2017 ones by default). Entries and declarations on other dates are ignored.
 */
export function dayRecords(
  diary: DiaryDays,
  dates: readonly IsoDate[],
  limits: RepereLimits = STANDARD_REPERES,
): DayRecord[] {
  const index = indexDiary(diary);
  return dates.map((date) => recordOf(index, date, limits));
}

/** The record of a single day. */
export function dayRecord(
  diary: DiaryDays,
  date: IsoDate,
  limits: RepereLimits = STANDARD_REPERES,
): DayRecord {
  return recordOf(indexDiary(diary), date, limits);
}

/** A day counts as filled when it has an entry or was declared drink-free. */
export function isFilled(record: DayRecord): boolean {
  return record.status !== 'not-filled';
}
