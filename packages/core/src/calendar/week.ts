import { InvalidDateError } from '../errors.js';
import type { IsoDate } from './date.js';
import { addDays, dateFromParts, daysBetween, daysInMonth, epochDay, partsOf } from './date.js';

/** Weekdays in French order: weeks start on Monday (ISO 8601; Oz Ensemble used the dayjs `fr` locale too). */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const DAYS_PER_WEEK = 7;

/** 0 for Monday … 6 for Sunday. 1970-01-01 (epoch day 0) was a Thursday. */
export function weekdayIndex(date: IsoDate): number {
  return (((epochDay(date) + 3) % 7) + 7) % 7;
}

export function weekdayOf(date: IsoDate): Weekday {
  const weekday = WEEKDAYS[weekdayIndex(date)];
  if (weekday === undefined) throw new InvalidDateError(date, 'has no weekday');
  return weekday;
}

/** The Monday of the week containing `date`. */
export function weekStart(date: IsoDate): IsoDate {
  return addDays(date, -weekdayIndex(date));
}

/** The 7 days starting at `start` (any day; pass a Monday for a calendar week). */
export function daysOfWeek(start: IsoDate): IsoDate[] {
  return Array.from({ length: DAYS_PER_WEEK }, (_, offset) => addDays(start, offset));
}

/** Every day of a month (month 1–12). @throws InvalidDateError for an invalid year or month. */
export function daysOfMonth(year: number, month: number): IsoDate[] {
  const first = dateFromParts(year, month, 1);
  return Array.from({ length: daysInMonth(year, month) }, (_, offset) => addDays(first, offset));
}

/**
 * The weeks (Monday first) a month grid shows: from the Monday on or before the 1st to the Sunday on
 * or after the last day; 4 to 6 rows of 7 dates.
 */
export function monthGrid(year: number, month: number): IsoDate[][] {
  const first = dateFromParts(year, month, 1);
  const last = dateFromParts(year, month, daysInMonth(year, month));
  const rows: IsoDate[][] = [];
  for (let monday = weekStart(first); monday <= last; monday = addDays(monday, DAYS_PER_WEEK)) {
    rows.push(daysOfWeek(monday));
  }
  return rows;
}

export interface IsoWeek {
  /** The ISO week-numbering year (can differ from the calendar year around 1 January). */
  readonly year: number;
  /** 1–53 */
  readonly week: number;
}

/** ISO 8601 week number: the week belongs to the year of its Thursday. */
export function isoWeek(date: IsoDate): IsoWeek {
  const thursday = addDays(weekStart(date), 3);
  const year = partsOf(thursday).year;
  const week = Math.floor(daysBetween(dateFromParts(year, 1, 1), thursday) / DAYS_PER_WEEK) + 1;
  return { year, week };
}
