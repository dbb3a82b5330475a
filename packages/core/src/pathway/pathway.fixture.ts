import { addDays, isoDate } from '../calendar/date.js';
import { diaryFrom } from '../diary/diary.fixture.js';
import type { WeeklyReport } from '../diary/weeklyReport.js';
import { weeklyReport } from '../diary/weeklyReport.js';

/** One day of a test week: drinks (0 = declared drink-free), or null for a blank day. */
export type TestDay = number | null;

/**
 * Weekly reports of consecutive weeks from 2026-03-02, each given as 7 days: a number of drinks, 0 for a day
 * declared drink-free, null for a blank day (unknown).
 */
export function weeks(...perDay: (readonly TestDay[])[]): WeeklyReport[] {
  return perDay.map((days, index) => {
    const start = addDays(isoDate('2026-03-02'), 7 * index);
    return weeklyReport(diaryFrom(start, days), start);
  });
}

/** `count` identical weeks. */
export function repeatWeek(count: number, days: readonly TestDay[]): WeeklyReport[] {
  return weeks(...Array.from({ length: count }, () => days));
}
