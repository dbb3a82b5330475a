import { isoDate, type IsoDate } from '@oz/core';

/** How long the device's time zone is trusted before it is read again (a trip abroad changes it). */
const TIME_ZONE_TTL_MS = 60_000;
let known: { readonly zone: string; readonly readAt: number } | undefined;

/**
 * The person's IANA time zone (the device's). Reading it builds an Intl formatter, slow next to everything
 * else a render does (tens of milliseconds at startup on a slow phone): it is read at most once a minute.
 */
export function timeZone(): string {
  const now = Date.now();
  if (known === undefined || now - known.readAt > TIME_ZONE_TTL_MS) {
    known = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, readAt: now };
  }
  return known.zone;
}

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/**
 * Today in the person's time zone. The device's zone is the one `Date` reads local fields in: the same day as
 * `localDateOf(Date.now(), timeZone())`, without building an Intl formatter on the first screen's path.
 */
export function today(): IsoDate {
  const now = new Date();
  return isoDate(`${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`);
}

/** Now, 'HH:MM', in the person's time zone (the device's, as for `today`). */
export function nowTime(): string {
  const now = new Date();
  return `${twoDigits(now.getHours())}:${twoDigits(now.getMinutes())}`;
}
