import { localDateOf, localTimeOf, type IsoDate } from '@oz/core';

/** The person's IANA time zone (the device's). */
export function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Today in the person's time zone. */
export function today(): IsoDate {
  return localDateOf(Date.now(), timeZone());
}

/** Now, 'HH:MM', in the person's time zone. */
export function nowTime(): string {
  return localTimeOf(Date.now(), timeZone());
}
