import type { IsoDate } from '../calendar/date.js';
import { datesBetween, isoDate } from '../calendar/date.js';
import { DAYS_PER_WEEK, daysOfWeek } from '../calendar/week.js';
import { gramsFromStandardDrinks, kcalOfAlcohol } from '../drinks/alcohol.js';
import type { DiaryDays } from '../diary/dayStatus.js';
import { dayRecords, isFilled } from '../diary/dayStatus.js';
import type { DrinkAmount } from '../diary/entry.js';
import type { Euros, Kilocalories, StandardDrinks } from '../units.js';
import { euros, kilocalories, standardDrinkCount } from '../units.js';
import type { TypicalWeek } from './typicalWeek.js';

/** A diary line as gains read it: kcal and price when known (a DiaryEntry has both). */
export interface CostedAmount extends DrinkAmount {
  readonly kcal?: Kilocalories;
  readonly priceEuros?: Euros;
}

export interface Amounts {
  readonly standardDrinks: StandardDrinks;
  readonly kcal: Kilocalories;
  readonly euros: Euros;
}

export interface Gains {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Days with an entry or a drink-free declaration: only they are compared with the estimate. */
  readonly filledDays: number;
  readonly drinkFreeDays: number;
  /** The typical week prorated to the filled days (typical / 7 per filled day). */
  readonly expected: Amounts;
  readonly actual: Amounts;
  /** expected − actual: positive = saved / avoided, negative = above the person's usual. */
  readonly avoided: Amounts;
  /** Entries that had no price (custom drinks without one): their money is not counted. */
  readonly entriesWithoutPrice: number;
}

export interface GainsInput extends DiaryDays {
  readonly entries: readonly CostedAmount[];
  readonly from: string;
  readonly to: string;
}

function amountsOf(entries: readonly CostedAmount[]): Amounts {
  let drinks = 0;
  let kcal = 0;
  let money = 0;
  for (const entry of entries) {
    drinks += entry.standardDrinks;
    kcal += entry.kcal ?? kcalOfAlcohol(gramsFromStandardDrinks(entry.standardDrinks));
    money += entry.priceEuros ?? 0;
  }
  return { standardDrinks: standardDrinkCount(drinks), kcal: kilocalories(kcal), euros: euros(money) };
}

function prorated(typical: TypicalWeek, days: number): Amounts {
  const share = days / DAYS_PER_WEEK;
  return {
    standardDrinks: standardDrinkCount(typical.standardDrinks * share),
    kcal: kilocalories(typical.kcal * share),
    euros: euros(typical.euros * share),
  };
}

/**
 * Money, kcal and standard drinks avoided from `from` to `to` (both included) against the person's
 * typical week. Only filled days count, each worth a seventh of the typical week: Oz Ensemble counted
 * any week with one entry as a full week, which inflated savings (docs/reference/oz-ensemble-formats.md §2.7).
 * @throws InvalidDateError for invalid bounds; InvalidQuantityError for a bad entry.
 */
export function gains(typical: TypicalWeek, input: GainsInput): Gains {
  const from = isoDate(input.from);
  const to = isoDate(input.to);
  const filled = dayRecords(input, datesBetween(from, to)).filter(isFilled);
  const filledDates = new Set(filled.map((day) => day.date));
  const inRange = input.entries.filter((entry) => filledDates.has(entry.date));
  const expected = prorated(typical, filled.length);
  const actual = amountsOf(inRange);
  return {
    from,
    to,
    filledDays: filled.length,
    drinkFreeDays: filled.filter((day) => day.status === 'drink-free').length,
    expected,
    actual,
    avoided: {
      standardDrinks: standardDrinkCount(expected.standardDrinks - actual.standardDrinks),
      kcal: kilocalories(expected.kcal - actual.kcal),
      euros: euros(expected.euros - actual.euros),
    },
    entriesWithoutPrice: inRange.filter((entry) => entry.priceEuros === undefined).length,
  };
}

/** Gains over the 7 days starting at `weekStart`. */
export function weeklyGains(
  typical: TypicalWeek,
  diary: DiaryDays & { readonly entries: readonly CostedAmount[] },
  weekStart: string,
): Gains {
  const days = daysOfWeek(isoDate(weekStart));
  return gains(typical, { ...diary, from: days[0] ?? weekStart, to: days[DAYS_PER_WEEK - 1] ?? weekStart });
}
