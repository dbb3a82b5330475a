import type { Locale } from './types.js';

/*
 * The day labels of the first screens (the diary's day and week, the calendar's month, the goals' weeks)
 * without Intl. A page's first Intl.DateTimeFormat loads ICU's calendar data: ~50 ms on a mid-range phone, in
 * one piece, in the middle of the first render (a long task Lighthouse counts four times over on its mobile
 * profile). The names below are what Intl gives for fr-FR and en-GB (calendarNames.test.ts compares every
 * day of several years); any other options still go through Intl.
 */

interface Names {
  readonly weekday: {
    readonly long: readonly string[];
    readonly short: readonly string[];
    readonly narrow: readonly string[];
  };
  readonly month: readonly string[];
}

/** Weekdays from Sunday (as `Date#getUTCDay`), months from January. */
const NAMES: Readonly<Record<Locale, Names>> = {
  fr: {
    weekday: {
      long: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
      short: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
      narrow: ['D', 'L', 'M', 'M', 'J', 'V', 'S'],
    },
    month: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
  },
  en: {
    weekday: {
      long: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
      short: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
      narrow: ['S', 'M', 'T', 'W', 'T', 'F', 'S'],
    },
    month: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
};

/** The option shapes written without Intl, each as its sorted option names and values. */
const SHAPES = new Set([
  'weekday:long',
  'weekday:short',
  'weekday:narrow',
  'day:numeric,month:long',
  'day:numeric,month:long,weekday:long',
  'month:long,year:numeric',
]);

function shapeOf(options: Intl.DateTimeFormatOptions): string {
  return Object.entries(options)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}:${String(value)}`)
    .sort()
    .join(',');
}

/**
 * A calendar day ('YYYY-MM-DD' parts) as Intl would format it for the locale with these options, in the
 * order both languages share (weekday, day, month, year); `undefined` when the options need Intl.
 */
export function formatDayWithoutIntl(
  locale: Locale,
  year: number,
  month: number,
  day: number,
  options: Intl.DateTimeFormatOptions,
): string | undefined {
  if (!SHAPES.has(shapeOf(options))) return undefined;
  const names = NAMES[locale];
  const weekdayIndex = new Date(Date.UTC(year, month - 1, day, 12)).getUTCDay();
  const parts: string[] = [];
  if (options.weekday !== undefined) parts.push(names.weekday[options.weekday][weekdayIndex] ?? '');
  if (options.day !== undefined) parts.push(String(day));
  if (options.month !== undefined) parts.push(names.month[month - 1] ?? '');
  if (options.year !== undefined) parts.push(String(year));
  return parts.join(' ');
}
