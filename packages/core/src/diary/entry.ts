import type { Drink } from '../drinks/drink.js';
import type { IsoDate } from '../calendar/date.js';
import { isoDate } from '../calendar/date.js';
import { InvalidQuantityError, InvalidTimeError } from '../errors.js';
import type { LocalizedText } from '../i18n.js';
import { requireFiniteInRange } from '../quantity.js';
import type { AbvPercent, Euros, Kilocalories, Millilitres, StandardDrinks } from '../units.js';
import { euros, kilocalories, standardDrinkCount } from '../units.js';

/**
 * The least a diary line must say: how many standard drinks on which calendar day. `date` is the
 * person's local calendar day ('YYYY-MM-DD'), never an instant, so no time zone can move it.
 */
export interface DrinkAmount {
  readonly date: IsoDate;
  readonly standardDrinks: StandardDrinks;
}

/**
 * One diary line: a number of servings of one drink on one day. Volume, ABV, kcal and price are copied
 * from the drink when the line is written, so editing a custom drink or the catalogue never rewrites
 * history (Oz Ensemble's name-keyed custom drinks did: docs/reference/oz-ensemble-formats.md §2.4).
 */
export interface DiaryEntry extends DrinkAmount {
  readonly id: string;
  readonly drinkId: string;
  readonly label: LocalizedText;
  /** Volume of one serving. */
  readonly volumeMl: Millilitres;
  readonly abvPercent: AbvPercent;
  /** Number of servings (fractions allowed: half a bottle is 0.5). */
  readonly quantity: number;
  /** Wall-clock time 'HH:MM' when known. */
  readonly time?: string;
  /** Energy of all servings. */
  readonly kcal: Kilocalories;
  /** Price of all servings, when the drink has a price. */
  readonly priceEuros?: Euros;
}

/** Most servings of one drink on one line: beyond that it is a typing error. */
export const MAX_SERVINGS_PER_ENTRY = 100;

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface DiaryEntryInput {
  /** Stable id chosen by the caller (core has no randomness). */
  readonly id: string;
  readonly date: string;
  readonly drink: Drink;
  readonly quantity: number;
  readonly time?: string;
}

function checkQuantity(quantity: number): number {
  requireFiniteInRange('quantity', quantity, { max: MAX_SERVINGS_PER_ENTRY });
  if (quantity === 0) {
    throw new InvalidQuantityError('quantity', quantity, 'too-small', 'must be more than 0');
  }
  return quantity;
}

function checkTime(time: string): string {
  if (!TIME_PATTERN.test(time)) throw new InvalidTimeError(time);
  return time;
}

/**
 * Writes a diary line for `quantity` servings of `drink` on `date`.
 * @throws InvalidDateError, InvalidQuantityError, InvalidTimeError (RangeErrors) for a bad date, quantity or time.
 */
export function createDiaryEntry(input: DiaryEntryInput): DiaryEntry {
  const quantity = checkQuantity(input.quantity);
  const { drink } = input;
  const entry: DiaryEntry = {
    id: input.id,
    date: isoDate(input.date),
    drinkId: drink.id,
    label: drink.label,
    volumeMl: drink.volumeMl,
    abvPercent: drink.abvPercent,
    quantity,
    standardDrinks: standardDrinkCount(drink.standardDrinks * quantity),
    kcal: kilocalories(drink.kcal * quantity),
    ...(input.time === undefined ? {} : { time: checkTime(input.time) }),
  };
  return drink.priceEuros === undefined
    ? entry
    : { ...entry, priceEuros: euros(drink.priceEuros * quantity) };
}

/** Checks the standard drinks of an amount coming from outside (storage, import). */
export function checkDrinkAmount(amount: DrinkAmount): DrinkAmount {
  requireFiniteInRange('standardDrinks', amount.standardDrinks);
  return amount;
}
