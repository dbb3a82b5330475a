import {
  addDays,
  dayRecords,
  isFilled,
  isoDate,
  localDateOf,
  weekStart,
  weeklyReport,
  type IsoDate,
} from '@oz/core';
import type { DiaryWeekSummary, SharedScreening } from '@oz/contracts';
import { timeZone } from '../../app/clock.js';
import type { DayLog, DrinkEntryRecord, ScreeningRecord } from '../../storage/types.js';
import { diaryOf } from '../diary/model.js';

/**
 * What the person may choose to send to a professional, computed on the device with @oz/core: weekly
 * totals only (no single drink, no time, no note, no mood), and screening scores with their level.
 */

const ONE_DECIMAL = 10;
const round = (value: number): number => Math.round(value * ONE_DECIMAL) / ONE_DECIMAL;

/**
 * The `count` weeks up to and including the current one, oldest first, each with how many of its days
 * were filled in (so a professional never mistakes an empty week for a drink-free one). Weeks with no
 * day filled are left out.
 */
export function diaryWeekSummaries(
  entries: readonly DrinkEntryRecord[],
  days: readonly DayLog[],
  today: IsoDate,
  count: number,
): DiaryWeekSummary[] {
  const diary = diaryOf(entries, days);
  const current = weekStart(today);
  const summaries: DiaryWeekSummary[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const start = addDays(current, -7 * back);
    const report = weeklyReport(diary.entries, start);
    const pastDays = report.days.filter((day) => day <= today);
    const daysLogged = dayRecords(diary, pastDays).filter(isFilled).length;
    if (daysLogged === 0) continue;
    summaries.push({
      weekStart: start,
      standardDrinks: round(report.totalStandardDrinks),
      drinkingDays: report.byDay.filter((amount) => amount > 0).length,
      heaviestDayStandardDrinks: round(report.maxDay),
      daysLogged,
    });
  }
  return summaries;
}

const SHAREABLE = new Set(['audit', 'audit-c', 'face']);

/** Oz results only (Oz Ensemble imports kept no score), newest first. */
export function sharedScreenings(records: readonly ScreeningRecord[]): SharedScreening[] {
  return records
    .filter((record) => SHAREABLE.has(record.instrument) && record.total !== null)
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt))
    .map((record) => ({
      instrument: record.instrument as SharedScreening['instrument'],
      score: record.total ?? 0,
      level: record.level,
      takenOn: isoDate(localDateOf(Date.parse(record.takenAt), timeZone())),
    }));
}
