import { addDays, isoDate } from '../calendar/date.js';
import { amountsFrom } from '../diary/diary.fixture.js';
import type { WeeklyReport } from '../diary/weeklyReport.js';
import { weeklyReport } from '../diary/weeklyReport.js';

/** Weekly reports of consecutive weeks from 2026-03-02, each given as 7 daily amounts. */
export function weeks(...perDay: (readonly number[])[]): WeeklyReport[] {
  return perDay.map((days, index) => {
    const start = addDays(isoDate('2026-03-02'), 7 * index);
    return weeklyReport(amountsFrom(start, days), start);
  });
}

/** `count` identical weeks. */
export function repeatWeek(count: number, days: readonly number[]): WeeklyReport[] {
  return weeks(...Array.from({ length: count }, () => days));
}
