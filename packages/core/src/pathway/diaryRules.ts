import { HEAVY_DRINKING_DAY_MIN_STANDARD_DRINKS, isAtLeast } from '../diary/guidelines.js';
import type { WeeklyReport } from '../diary/weeklyReport.js';
import { reason } from './levels.js';
import type { PathwayReason } from './types.js';

/*
 * Diary-pattern rules over recent complete weeks. The limits come from SPF 2017 and AUDIT item 3; how
 * many weeks make a pattern is an Oz choice (docs/clinical-rules.md), to be confirmed by a clinician.
 * Only declared drink-free days count as drink-free; blank days are unknown (WeeklyReport).
 */

/** Weeks above 10 standard drinks that make a pattern worth talking to a professional about. */
export const WEEKS_ABOVE_LIMIT_FOR_BRIEF_INTERVENTION = 2;
/** Weeks containing a day of 6+ drinks that make repeated heavy episodic drinking. */
export const WEEKS_WITH_HEAVY_DAYS_FOR_BRIEF_INTERVENTION = 2;
/** Weeks known to have no drink-free day: from 2 a habit to watch, from 4 worth a professional's advice. */
export const WEEKS_WITHOUT_DRINK_FREE_DAY_FOR_SELF_HELP = 2;
export const WEEKS_WITHOUT_DRINK_FREE_DAY_FOR_BRIEF_INTERVENTION = 4;

/**
 * Daily (or almost daily) heavy drinking, judged on drinks per drinking day and drinking days per week, so that
 * a blank day or one real day off does not hide it (issue 8). Read from the AUDIT-C: drinking "4 or more times
 * a week" (item 1, 4 points), 6 or more drinks "daily or almost daily" (item 3, 4 points) and "5 or 6" drinks
 * on a typical day (item 2, 2 points) make 10, the AUDIT-C probable-dependence total (has-2021-audit-c).
 * "Almost daily" is read as at least 5 drinking days in the week (Oz choice); 6 a drinking day is the AUDIT
 * item 3 threshold. This is when stopping abruptly risks withdrawal (SFA 2015, docs/reference/clinical-sources.md B.8).
 */
export const DAILY_HEAVY_DRINKING_MIN_DRINKING_DAYS = 5;
export const DAILY_HEAVY_DRINKING_MIN_PER_DRINKING_DAY = HEAVY_DRINKING_DAY_MIN_STANDARD_DRINKS;
export const WEEKS_OF_DAILY_HEAVY_DRINKING_FOR_SPECIALIST = 2;
/**
 * 6 drinks a day on every day of the week: the weekly average badges/abruptStop.ts reads (per filled day) as
 * heavy drinking before a break. The pathway rule itself is isDailyHeavyDrinkingWeek.
 */
export const DAILY_HEAVY_DRINKING_MIN_WEEKLY_TOTAL = DAILY_HEAVY_DRINKING_MIN_PER_DRINKING_DAY * 7;

/** The week shows daily heavy drinking (see above). */
export function isDailyHeavyDrinkingWeek(week: WeeklyReport): boolean {
  return (
    week.drinkingDays >= DAILY_HEAVY_DRINKING_MIN_DRINKING_DAYS &&
    isAtLeast(week.drinksPerDrinkingDay, DAILY_HEAVY_DRINKING_MIN_PER_DRINKING_DAY)
  );
}

function count(weeks: readonly WeeklyReport[], predicate: (week: WeeklyReport) => boolean): number {
  return weeks.filter(predicate).length;
}

function dailyHeavyReasons(weeks: readonly WeeklyReport[]): PathwayReason[] {
  const dailyHeavyWeeks = count(weeks, isDailyHeavyDrinkingWeek);
  if (dailyHeavyWeeks < WEEKS_OF_DAILY_HEAVY_DRINKING_FOR_SPECIALIST) return [];
  return [
    reason('diary-daily-heavy-drinking', 'specialist', 'has-2021-audit-c', {
      withdrawalCaution: true,
      data: { weeks: dailyHeavyWeeks },
    }),
  ];
}

function weeklyLimitReasons(weeks: readonly WeeklyReport[]): PathwayReason[] {
  const weeksAbove = count(weeks, (week) => week.exceeded.weeklyLimit);
  if (weeksAbove < WEEKS_ABOVE_LIMIT_FOR_BRIEF_INTERVENTION) return [];
  return [
    reason('diary-weeks-above-weekly-limit', 'brief-intervention', 'spf-2017-reperes', {
      data: { weeks: weeksAbove },
    }),
  ];
}

function heavyDayReasons(weeks: readonly WeeklyReport[]): PathwayReason[] {
  const heavyDays = weeks.reduce((sum, week) => sum + week.heavyDrinkingDays, 0);
  if (heavyDays === 0) return [];
  const weeksWithHeavyDays = count(weeks, (week) => week.heavyDrinkingDays > 0);
  const level =
    weeksWithHeavyDays >= WEEKS_WITH_HEAVY_DAYS_FOR_BRIEF_INTERVENTION ? 'brief-intervention' : 'self-help';
  return [reason('diary-heavy-drinking-days', level, 'who-audit-2001', { data: { days: heavyDays } })];
}

function drinkFreeDayReasons(weeks: readonly WeeklyReport[]): PathwayReason[] {
  // Only weeks known to have no drink-free day (every day filled, alcohol on each).
  const weeksWithout = count(weeks, (week) => week.exceeded.drinkFreeDays);
  if (weeksWithout < WEEKS_WITHOUT_DRINK_FREE_DAY_FOR_SELF_HELP) return [];
  const level =
    weeksWithout >= WEEKS_WITHOUT_DRINK_FREE_DAY_FOR_BRIEF_INTERVENTION ? 'brief-intervention' : 'self-help';
  return [reason('diary-no-drink-free-day', level, 'spf-2017-reperes', { data: { weeks: weeksWithout } })];
}

/** The summary: above when a week broke a repère, within only when every week is known to keep them. */
function summaryReasons(weeks: readonly WeeklyReport[]): PathwayReason[] {
  const weeksAbove = count(weeks, (week) => week.status === 'above');
  if (weeksAbove > 0) {
    return [
      reason('diary-above-guidelines', 'self-help', 'spf-2017-reperes', { data: { weeks: weeksAbove } }),
    ];
  }
  if (weeks.every((week) => week.status === 'within')) {
    return [
      reason('diary-within-guidelines', 'inform', 'spf-2017-reperes', { data: { weeks: weeks.length } }),
    ];
  }
  return [];
}

/** Rules over the recent diary weeks; an empty list gives no reason. */
export function diaryReasons(weeks: readonly WeeklyReport[]): PathwayReason[] {
  if (weeks.length === 0) return [];
  return [
    ...summaryReasons(weeks),
    ...weeklyLimitReasons(weeks),
    ...heavyDayReasons(weeks),
    ...drinkFreeDayReasons(weeks),
    ...dailyHeavyReasons(weeks),
  ];
}
