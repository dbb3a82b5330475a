import { addDays, isoDate } from '../calendar/date.js';
import { requireFiniteInRange } from '../quantity.js';
import { DAYS_PER_WEEK, daysOfWeek, weekStart } from '../calendar/week.js';
import type { DiaryDays } from './dayStatus.js';
import { dayRecords, isFilled } from './dayStatus.js';
import type { WeeklyReport } from './weeklyReport.js';
import { weeklyReport } from './weeklyReport.js';

/**
 * A week says something about a drinking pattern only if most of it was filled: blank days are unknown, so
 * a nearly empty week says little either way (Oz choice).
 */
export const MIN_FILLED_DAYS_FOR_A_PATTERN_WEEK = 4;
/** At most two years of weeks. */
export const MAX_PATTERN_WEEKS = 104;

/**
 * Reports of the complete Monday–Sunday weeks among the `count` weeks before the week containing
 * `today`, most recent first, keeping only weeks with at least 4 filled days — the diary input of
 * recommendPathway.
 * @throws InvalidDateError for an invalid `today`; InvalidQuantityError for a count outside 1–104.
 */
export function recentWeeklyReports(diary: DiaryDays, today: string, count: number): WeeklyReport[] {
  requireFiniteInRange('count', count, { min: 1, max: MAX_PATTERN_WEEKS, integer: true });
  const currentWeek = weekStart(isoDate(today));
  const starts = Array.from({ length: count }, (_, index) =>
    addDays(currentWeek, -DAYS_PER_WEEK * (index + 1)),
  );
  return starts
    .filter(
      (start) =>
        dayRecords(diary, daysOfWeek(start)).filter(isFilled).length >= MIN_FILLED_DAYS_FOR_A_PATTERN_WEEK,
    )
    .map((start) => weeklyReport(diary, start));
}
