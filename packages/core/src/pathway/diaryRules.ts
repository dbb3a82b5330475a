import { isAtLeast } from '../diary/guidelines.js';
import type { WeeklyReport } from '../diary/weeklyReport.js';
import { reason } from './levels.js';
import type { PathwayReason } from './types.js';

/*
 * Diary-pattern rules over recent complete weeks. The limits come from SPF 2017 and AUDIT item 3; how
 * many weeks make a pattern is an Oz choice (docs/clinical-rules.md), to be confirmed by a clinician.
 */

/** Weeks above 10 standard drinks that make a pattern worth talking to a professional about. */
export const WEEKS_ABOVE_LIMIT_FOR_BRIEF_INTERVENTION = 2;
/** Weeks containing a day of 6+ drinks that make repeated heavy episodic drinking. */
export const WEEKS_WITH_HEAVY_DAYS_FOR_BRIEF_INTERVENTION = 2;
/** Weeks without any drink-free day: from 2 a habit to watch, from 4 worth a professional's advice. */
export const WEEKS_WITHOUT_DRINK_FREE_DAY_FOR_SELF_HELP = 2;
export const WEEKS_WITHOUT_DRINK_FREE_DAY_FOR_BRIEF_INTERVENTION = 4;
/**
 * Daily heavy drinking: a week with no drink-free day and on average 6+ drinks a day (42 a week).
 * Drinking every day at that level is when stopping abruptly can cause withdrawal (docs/reference/clinical-sources.md B.8).
 */
export const DAILY_HEAVY_DRINKING_MIN_WEEKLY_TOTAL = 42;
export const WEEKS_OF_DAILY_HEAVY_DRINKING_FOR_SPECIALIST = 2;

function count(weeks: readonly WeeklyReport[], predicate: (week: WeeklyReport) => boolean): number {
  return weeks.filter(predicate).length;
}

function dailyHeavyReasons(weeks: readonly WeeklyReport[]): PathwayReason[] {
  const dailyHeavyWeeks = count(
    weeks,
    (week) =>
      week.drinkFreeDays === 0 && isAtLeast(week.totalStandardDrinks, DAILY_HEAVY_DRINKING_MIN_WEEKLY_TOTAL),
  );
  if (dailyHeavyWeeks < WEEKS_OF_DAILY_HEAVY_DRINKING_FOR_SPECIALIST) return [];
  return [
    reason('diary-daily-heavy-drinking', 'specialist', 'oz-clinical-choice', {
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
  const weeksWithout = count(weeks, (week) => week.drinkFreeDays === 0);
  if (weeksWithout < WEEKS_WITHOUT_DRINK_FREE_DAY_FOR_SELF_HELP) return [];
  const level =
    weeksWithout >= WEEKS_WITHOUT_DRINK_FREE_DAY_FOR_BRIEF_INTERVENTION ? 'brief-intervention' : 'self-help';
  return [reason('diary-no-drink-free-day', level, 'spf-2017-reperes', { data: { weeks: weeksWithout } })];
}

/** Rules over the recent diary weeks; an empty list gives no reason. */
export function diaryReasons(weeks: readonly WeeklyReport[]): PathwayReason[] {
  if (weeks.length === 0) return [];
  const weeksOutside = count(weeks, (week) => !week.withinGuidelines);
  const summary =
    weeksOutside === 0
      ? reason('diary-within-guidelines', 'inform', 'spf-2017-reperes', { data: { weeks: weeks.length } })
      : reason('diary-above-guidelines', 'self-help', 'spf-2017-reperes', { data: { weeks: weeksOutside } });
  return [
    summary,
    ...weeklyLimitReasons(weeks),
    ...heavyDayReasons(weeks),
    ...drinkFreeDayReasons(weeks),
    ...dailyHeavyReasons(weeks),
  ];
}
