import { InvalidQuantityError, InvalidTimeError } from '../errors.js';
import type { IsoDate } from './date.js';
import { isoDate, partsOf } from './date.js';

/*
 * The only place where an instant meets a time zone. Core never reads the clock: the caller passes the
 * instant (e.g. `Date.now()` in the app) and the person's IANA time zone. Intl is deterministic for a
 * given instant and zone, so these stay pure.
 */

/**
 * Building an Intl formatter is slow next to formatting; an importer converts thousands of instants in
 * one zone. The cache only memoises a pure constructor, so results never depend on call order.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached !== undefined) return cached;
  const formatter = createFormatter(timeZone);
  formatters.set(timeZone, formatter);
  return formatter;
}

function createFormatter(timeZone: string): Intl.DateTimeFormat {
  // en-CA formats numerically; hourCycle h23 keeps midnight at 00, not 24.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

function partOf(parts: readonly Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((part) => part.type === type)?.value ?? '';
}

function zonedParts(epochMs: number, timeZone: string): readonly Intl.DateTimeFormatPart[] {
  if (!Number.isFinite(epochMs)) {
    throw new InvalidQuantityError('epochMs', epochMs, 'not-finite', 'must be a finite number');
  }
  return formatterFor(timeZone).formatToParts(epochMs);
}

/**
 * The calendar day of an instant in a time zone (e.g. 'Europe/Paris'): the day a drink logged at that
 * instant belongs to. @throws RangeError for an unknown time zone.
 */
export function localDateOf(epochMs: number, timeZone: string): IsoDate {
  const parts = zonedParts(epochMs, timeZone);
  return isoDate(`${partOf(parts, 'year')}-${partOf(parts, 'month')}-${partOf(parts, 'day')}`);
}

/** The wall-clock time 'HH:MM' of an instant in a time zone. */
export function localTimeOf(epochMs: number, timeZone: string): string {
  const parts = zonedParts(epochMs, timeZone);
  return `${partOf(parts, 'hour')}:${partOf(parts, 'minute')}`;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const WALL_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Hours and minutes of a wall-clock time 'HH:MM'. @throws InvalidTimeError */
export function wallTimeParts(time: string): { readonly hour: number; readonly minute: number } {
  const match = WALL_TIME_PATTERN.exec(time);
  if (match === null) throw new InvalidTimeError(time);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The wall clock of an instant, read as if it were UTC (to the minute): the base of offset arithmetic. */
function wallClockMs(epochMs: number, timeZone: string): number {
  const parts = zonedParts(epochMs, timeZone);
  const hour = Number(partOf(parts, 'hour'));
  const minute = Number(partOf(parts, 'minute'));
  return Date.UTC(
    Number(partOf(parts, 'year')),
    Number(partOf(parts, 'month')) - 1,
    Number(partOf(parts, 'day')),
    hour,
    minute,
  );
}

/** Local wall clock minus UTC at an instant (e.g. +2 h in Paris in summer), to the minute. */
function offsetAt(epochMs: number, timeZone: string): number {
  const floored = Math.floor(epochMs / MINUTE_MS) * MINUTE_MS;
  return wallClockMs(floored, timeZone) - floored;
}

/**
 * The instant at which the wall clock of `timeZone` shows `time` on `date` — what "20:00 in Paris on that day"
 * means. Daylight-saving changes follow the usual calendar rule (Temporal's `compatible` disambiguation):
 * - a time skipped by the spring change (02:30 in Paris on the last Sunday of March) is moved forward by the
 *   length of the gap (03:30 summer time), so a reminder set there still comes that day;
 * - a time that happens twice in autumn (02:30 in Paris on the last Sunday of October) is the earlier one,
 *   so it comes once.
 * @throws RangeError for an unknown time zone, InvalidTimeError for a bad time.
 */
export function instantOfLocalTime(date: IsoDate, time: string, timeZone: string): number {
  const { year, month, day } = partsOf(date);
  const { hour, minute } = wallTimeParts(time);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets in force a day before and a day after cover any single change around that time.
  const offsetBefore = offsetAt(wall - DAY_MS, timeZone);
  const offsetAfter = offsetAt(wall + DAY_MS, timeZone);
  const matches = [wall - offsetBefore, wall - offsetAfter].filter(
    (instant) => wallClockMs(instant, timeZone) === wall,
  );
  if (matches.length > 0) return Math.min(...matches);
  // In the gap: the old offset gives the instant that the new offset shows as `time` + the gap.
  return wall - offsetBefore;
}

/** True if the runtime knows this IANA time zone ('Europe/Paris'); never throws. */
export function isKnownTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
