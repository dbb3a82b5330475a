import { InvalidQuantityError } from '../errors.js';
import type { IsoDate } from './date.js';
import { isoDate } from './date.js';

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
