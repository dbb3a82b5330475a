import type { IsoDate } from '../calendar/date.js';

/*
 * "Two taps for a regular" (issue 10; design brief: "the last used drinks first"): the drinks a person
 * logs most often lately are offered before anything else, then the most recent ones.
 */

/** How far back "lately" goes, in days (an Oz choice: about two months of habits). */
export const FAVOURITE_DRINKS_WINDOW_DAYS = 60;
/** A drink logged at least twice in the window is a favourite. */
export const FAVOURITE_DRINK_MIN_USES = 2;

export interface LoggedDrink {
  readonly drinkId: string;
  readonly date: IsoDate;
  /** Local time 'HH:MM', used to order entries of the same day. */
  readonly time?: string;
}

/**
 * The ids of the drinks logged at least {@link FAVOURITE_DRINK_MIN_USES} times on days from `since`
 * (inclusive), most logged first, ties broken by the most recent use. Each line counts once, whatever
 * its quantity: a habit is how often, not how much.
 */
export function favouriteDrinkIds(entries: readonly LoggedDrink[], since: IsoDate, limit: number): string[] {
  const uses = new Map<string, { count: number; last: string }>();
  for (const entry of entries) {
    if (entry.date < since) continue;
    const when = `${entry.date} ${entry.time ?? '00:00'}`;
    const current = uses.get(entry.drinkId);
    uses.set(entry.drinkId, {
      count: (current?.count ?? 0) + 1,
      last: current === undefined || when > current.last ? when : current.last,
    });
  }
  return [...uses.entries()]
    .filter(([, use]) => use.count >= FAVOURITE_DRINK_MIN_USES)
    .sort(([, a], [, b]) => b.count - a.count || b.last.localeCompare(a.last))
    .slice(0, Math.max(0, limit))
    .map(([id]) => id);
}

/** Favourites first, then the recent ids not already listed, at most `limit` in all. */
export function quickDrinkIds(
  favourites: readonly string[],
  recent: readonly string[],
  limit: number,
): string[] {
  return [...new Set([...favourites, ...recent])].slice(0, Math.max(0, limit));
}
