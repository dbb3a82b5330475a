import type { IsoDate } from '../calendar/date.js';
import { isoDate } from '../calendar/date.js';
import { daysOfWeek } from '../calendar/week.js';
import type { StandardDrinks } from '../units.js';
import { standardDrinkCount, sumOf } from '../units.js';
import { dailyTotals } from './dailyTotals.js';
import type { DrinkAmount } from './entry.js';
import {
  HEAVY_DRINKING_DAY_MIN_STANDARD_DRINKS,
  MAX_STANDARD_DRINKS_PER_DAY,
  MAX_STANDARD_DRINKS_PER_WEEK,
  MIN_DRINK_FREE_DAYS_PER_WEEK,
  isAbove,
  isAlcoholFree,
  isAtLeast,
} from './guidelines.js';

export interface WeeklyReport {
  readonly weekStart: IsoDate;
  /** The 7 days covered, `weekStart` first. */
  readonly days: readonly IsoDate[];
  readonly totalStandardDrinks: StandardDrinks;
  /** Standard drinks of each of the 7 days, `weekStart` first. */
  readonly byDay: readonly StandardDrinks[];
  /** The largest daily total (0 for an empty week). */
  readonly maxDay: StandardDrinks;
  /** Days above 2 standard drinks (SPF 2017). */
  readonly daysOverDailyLimit: number;
  /** Days with 6 or more standard drinks (AUDIT item 3 threshold). */
  readonly heavyDrinkingDays: number;
  /** Days without alcohol; a day with no entry counts as drink-free here. */
  readonly drinkFreeDays: number;
  /** Which repère was not kept, so the UI can say which one. */
  readonly exceeded: {
    readonly weeklyLimit: boolean;
    readonly dailyLimit: boolean;
    readonly drinkFreeDays: boolean;
  };
  /** ≤ 10 a week, ≤ 2 every day and at least one drink-free day (SPF 2017). */
  readonly withinGuidelines: boolean;
}

/**
 * Sums the diary over the 7 days starting at `weekStart` (entries outside are ignored) and checks the
 * French repères (SPF 2017: 10 a week, 2 a day, days without alcohol). Days with no entry count as
 * drink-free here; {@link dayRecords} distinguishes "not filled" from "declared drink-free".
 * @throws InvalidDateError for an invalid `weekStart`; InvalidQuantityError for an entry of the week with
 * negative or non-finite standard drinks (entries outside the week are not even read).
 */
export function weeklyReport(entries: readonly DrinkAmount[], weekStart: string): WeeklyReport {
  const start = isoDate(weekStart);
  const days = daysOfWeek(start);
  const inWeek = new Set<string>(days);
  const totals = dailyTotals(entries.filter((entry) => inWeek.has(entry.date)));
  const byDay = days.map((day) => totals.get(day) ?? standardDrinkCount(0));
  const totalStandardDrinks = sumOf(byDay);
  const daysOverDailyLimit = byDay.filter((amount) => isAbove(amount, MAX_STANDARD_DRINKS_PER_DAY)).length;
  const drinkFreeDays = byDay.filter(isAlcoholFree).length;
  const exceeded = {
    weeklyLimit: isAbove(totalStandardDrinks, MAX_STANDARD_DRINKS_PER_WEEK),
    dailyLimit: daysOverDailyLimit > 0,
    drinkFreeDays: drinkFreeDays < MIN_DRINK_FREE_DAYS_PER_WEEK,
  };
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
    exceeded,
    withinGuidelines: !exceeded.weeklyLimit && !exceeded.dailyLimit && !exceeded.drinkFreeDays,
  };
}
