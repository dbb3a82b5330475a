import type { IsoDate } from '../calendar/date.js';
import { isoDate } from '../calendar/date.js';
import { daysOfWeek } from '../calendar/week.js';
import type { StandardDrinks } from '../units.js';
import { standardDrinkCount, sumOf } from '../units.js';
import type { DiaryDays } from './dayStatus.js';
import { dayRecords } from './dayStatus.js';
import type { DrinkAmount } from './entry.js';
import { HEAVY_DRINKING_DAY_MIN_STANDARD_DRINKS, isAbove, isAtLeast } from './guidelines.js';
import type { RepereLimits } from './reperes.js';
import { STANDARD_REPERES } from './reperes.js';

/**
 * - 'within': every repère is known to be kept (including a drink-free day that was declared or logged);
 * - 'above': at least one repère is known to be broken;
 * - 'unknown': none is broken so far, but blank days leave the drink-free-day repère open.
 */
export type WeekGuidelineStatus = 'within' | 'above' | 'unknown';

export interface WeeklyReport {
  readonly weekStart: IsoDate;
  /** The 7 days covered, `weekStart` first. */
  readonly days: readonly IsoDate[];
  /** Alcohol of the filled days (blank days add nothing: a lower bound when some are blank). */
  readonly totalStandardDrinks: StandardDrinks;
  /** Standard drinks of each of the 7 days, `weekStart` first (0 for a blank day). */
  readonly byDay: readonly StandardDrinks[];
  /** The largest daily total (0 for an empty week). */
  readonly maxDay: StandardDrinks;
  /** Days above the daily repère. */
  readonly daysOverDailyLimit: number;
  /** Days with 6 or more standard drinks (AUDIT item 3 threshold). */
  readonly heavyDrinkingDays: number;
  /** Days known to be without alcohol: declared drink-free, or only alcohol-free drinks logged. */
  readonly drinkFreeDays: number;
  /** Days with alcohol logged. */
  readonly drinkingDays: number;
  /** Blank days: no entry and not declared drink-free. Unknown, never counted as drink-free. */
  readonly unknownDays: number;
  /** Average standard drinks on the drinking days (0 when there is none). */
  readonly drinksPerDrinkingDay: number;
  /** Which repère is known to be broken, so the UI can say which one. */
  readonly exceeded: {
    readonly weeklyLimit: boolean;
    readonly dailyLimit: boolean;
    /** Too few drink-free days even if every blank day had been one. */
    readonly drinkFreeDays: boolean;
  };
  readonly status: WeekGuidelineStatus;
  /** `status === 'within'`: every repère known to be kept. */
  readonly withinGuidelines: boolean;
}

function isEntryList(diary: DiaryDays | readonly DrinkAmount[]): diary is readonly DrinkAmount[] {
  return Array.isArray(diary);
}

function diaryOf(diary: DiaryDays | readonly DrinkAmount[]): DiaryDays {
  return isEntryList(diary) ? { entries: diary } : diary;
}

/**
 * Sums the diary over the 7 days starting at `weekStart` and checks them against `limits` (the person's
 * repères — reperesFor; the SPF 2017 ones by default: 10 a week, 2 a day, days without alcohol). Only days
 * declared drink-free (or with only alcohol-free drinks) count as drink-free; blank days are unknown (issue 8).
 * Given entries alone, no day is declared drink-free.
 * @throws InvalidDateError for an invalid `weekStart`; InvalidQuantityError for an entry of the week with
 * negative or non-finite standard drinks (entries outside the week are not even read).
 */
export function weeklyReport(
  diary: DiaryDays | readonly DrinkAmount[],
  weekStart: string,
  limits: RepereLimits = STANDARD_REPERES,
): WeeklyReport {
  const start = isoDate(weekStart);
  const days = daysOfWeek(start);
  const inWeek = new Set<string>(days);
  const { entries, drinkFreeDays: declared } = diaryOf(diary);
  const week: DiaryDays = {
    entries: entries.filter((entry) => inWeek.has(entry.date)),
    drinkFreeDays: (declared ?? []).filter((date) => inWeek.has(date)),
  };
  const records = dayRecords(week, days, limits);
  const byDay = records.map((record) => record.standardDrinks);
  const totalStandardDrinks = sumOf(byDay);
  const count = (status: string): number => records.filter((record) => record.status === status).length;
  const drinkFreeDays = count('drink-free');
  const unknownDays = count('not-filled');
  const drinkingDays = days.length - drinkFreeDays - unknownDays;
  const daysOverDailyLimit = byDay.filter((amount) => isAbove(amount, limits.maxPerDay)).length;
  const exceeded = {
    weeklyLimit: isAbove(totalStandardDrinks, limits.maxPerWeek),
    dailyLimit: daysOverDailyLimit > 0,
    drinkFreeDays: drinkFreeDays + unknownDays < limits.minDrinkFreeDaysPerWeek,
  };
  const above = exceeded.weeklyLimit || exceeded.dailyLimit || exceeded.drinkFreeDays;
  const status: WeekGuidelineStatus = above
    ? 'above'
    : drinkFreeDays >= limits.minDrinkFreeDaysPerWeek
      ? 'within'
      : 'unknown';
  return {
    weekStart: start,
    days,
    totalStandardDrinks,
    byDay,
    maxDay: standardDrinkCount(Math.max(0, ...byDay)),
    daysOverDailyLimit,
    heavyDrinkingDays: byDay.filter((amount) => isAtLeast(amount, HEAVY_DRINKING_DAY_MIN_STANDARD_DRINKS))
      .length,
    drinkFreeDays,
    drinkingDays,
    unknownDays,
    drinksPerDrinkingDay: drinkingDays === 0 ? 0 : totalStandardDrinks / drinkingDays,
    exceeded,
    status,
    withinGuidelines: status === 'within',
  };
}
