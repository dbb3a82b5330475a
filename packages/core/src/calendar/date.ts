import { InvalidDateError } from '../errors.js';

/*
 * Calendar days as 'YYYY-MM-DD' strings: the person's local calendar day, with no time and no time
 * zone. All arithmetic goes through an integer day number (days since 1970-01-01) computed with
 * Howard Hinnant's civil-calendar algorithms (http://howardhinnant.github.io/date_algorithms.html),
 * so no `Date`, no time zone and no daylight-saving change can shift a day: Oz Ensemble's streaks and
 * weeks broke on DST changes and UTC midnights (docs/reference/oz-ensemble-formats.md §7).
 */

declare const isoDateBrand: unique symbol;
/** A real calendar day written 'YYYY-MM-DD' (years 0001–9999). Build one with {@link isoDate}. */
export type IsoDate = string & { readonly [isoDateBrand]: 'IsoDate' };

export interface DateParts {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** True when `value` is a string naming a real day as 'YYYY-MM-DD'. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_PATTERN.exec(value);
  if (match === null) return false;
  return validParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Checks a 'YYYY-MM-DD' string and brands it.
 * @throws InvalidDateError (a RangeError) for anything that is not a real calendar day.
 */
export function isoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new InvalidDateError(value);
  return value;
}

/** Builds a date from its parts (month 1–12). @throws InvalidDateError for a day that does not exist. */
export function dateFromParts(year: number, month: number, day: number): IsoDate {
  if (!validParts(year, month, day)) {
    throw new InvalidDateError(
      `${String(year)}-${String(month)}-${String(day)}`,
      'is not a real calendar day',
    );
  }
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

export function partsOf(date: IsoDate): DateParts {
  const checked = isoDate(date);
  return {
    year: Number(checked.slice(0, 4)),
    month: Number(checked.slice(5, 7)),
    day: Number(checked.slice(8, 10)),
  };
}

/** Days since 1970-01-01 (negative before). Hinnant's `days_from_civil`. */
export function epochDay(date: IsoDate): number {
  const { year, month, day } = partsOf(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date `days` after 1970-01-01. Hinnant's `civil_from_days`. @throws InvalidDateError outside 0001–9999. */
export function dateFromEpochDay(days: number): IsoDate {
  if (!Number.isInteger(days)) throw new InvalidDateError(String(days), 'is not a whole day number');
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return dateFromParts(year, month, day);
}

/** The calendar day `days` later (negative: earlier). Always whole days, whatever the DST changes. */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new InvalidDateError(String(days), 'is not a whole number of days');
  return dateFromEpochDay(epochDay(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}

/** Sort comparator; 'YYYY-MM-DD' strings order like the days they name. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const start = epochDay(from);
  const count = epochDay(to) - start + 1;
  return Array.from({ length: Math.max(0, count) }, (_, offset) => dateFromEpochDay(start + offset));
}
