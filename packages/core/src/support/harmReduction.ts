import type { IsoDate } from '../calendar/date.js';
import { addDays } from '../calendar/date.js';
import { HEAVY_DRINKING_DAY_MIN_STANDARD_DRINKS, isAtLeast } from '../diary/guidelines.js';
import type { DayContext } from './suggestions.js';

/*
 * When to offer the per-occasion harm-reduction advice (eat, alternate with water, pace, plan the way
 * home, never drive, look after friends — SPF 2017 expert opinion and Alcool Info Service « 3 étapes clés
 * pour que la soirée ne dérape pas », docs/clinical-rules.md §8): after a heavy drinking day (≥ 6 standard
 * drinks, AUDIT item 3; the same threshold as the pathway), and before a party the person noted in the
 * diary (the 'party' context tag on a coming day). Offered without judgement, never as a warning.
 */

/** A heavy day stays "recent" for today and the next day (the morning after). */
export const HEAVY_DAY_ADVICE_DAYS = 2;
/** A noted party is "coming" from 3 days before it until the day itself. */
export const PARTY_ADVICE_DAYS_BEFORE = 3;

export type HarmReductionMoment =
  | { readonly kind: 'planned-party'; readonly date: IsoDate }
  | { readonly kind: 'heavy-day'; readonly date: IsoDate; readonly standardDrinks: number };

/**
 * The moment to offer the advice, if any. A coming party wins over a past heavy day (advice is most
 * useful before); among several, the nearest one.
 */
export function harmReductionMoment(input: {
  readonly today: IsoDate;
  readonly days: readonly DayContext[];
  readonly dailyTotals: ReadonlyMap<IsoDate, number>;
}): HarmReductionMoment | null {
  const lastPartyDay = addDays(input.today, PARTY_ADVICE_DAYS_BEFORE);
  const party = input.days
    .filter((day) => day.tags.includes('party') && day.date >= input.today && day.date <= lastPartyDay)
    .map((day) => day.date)
    .sort()[0];
  if (party !== undefined) return { kind: 'planned-party', date: party };
  for (let back = 0; back < HEAVY_DAY_ADVICE_DAYS; back += 1) {
    const date = addDays(input.today, -back);
    const total = input.dailyTotals.get(date) ?? 0;
    if (isAtLeast(total, HEAVY_DRINKING_DAY_MIN_STANDARD_DRINKS)) {
      return { kind: 'heavy-day', date, standardDrinks: total };
    }
  }
  return null;
}
