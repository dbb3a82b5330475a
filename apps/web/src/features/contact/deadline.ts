/** How a deadline reads: whole hours while more than one is left, minutes in the last hour. */
export type TimeLeft =
  | { readonly kind: 'hours'; readonly count: number }
  | { readonly kind: 'minutes'; readonly count: number }
  | { readonly kind: 'overdueHours'; readonly count: number }
  | { readonly kind: 'overdueMinutes'; readonly count: number };

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** "reste 11 h" rounds down (never promise more time than there is); "dépassé de 3 h" rounds down too. */
export function timeLeft(msLeft: number): TimeLeft {
  if (msLeft >= HOUR_MS) return { kind: 'hours', count: Math.floor(msLeft / HOUR_MS) };
  if (msLeft >= 0) return { kind: 'minutes', count: Math.floor(msLeft / MINUTE_MS) };
  const late = -msLeft;
  if (late >= HOUR_MS) return { kind: 'overdueHours', count: Math.floor(late / HOUR_MS) };
  return { kind: 'overdueMinutes', count: Math.max(1, Math.floor(late / MINUTE_MS)) };
}
