import { InvalidDrinkError } from '../errors.js';
import { requireFiniteInRange } from '../quantity.js';
import { abvPercent, euros, kilocalories, millilitres } from '../units.js';
import { MAX_ABV_PERCENT, MAX_VOLUME_ML, gramsOfAlcohol, kcalOfAlcohol, standardDrinks } from './alcohol.js';
import type { Drink } from './drink.js';

/** Smallest custom serving: 1 ml (issue 2: any volume 1–10 000 ml). */
export const MIN_CUSTOM_VOLUME_ML = 1;
/** Longest custom drink name, so labels fit the diary and exports. */
export const MAX_CUSTOM_NAME_LENGTH = 60;
/** Highest price accepted for one serving, to catch typing errors (a 75 cl bottle of a rare spirit fits). */
export const MAX_SERVING_PRICE_EUROS = 10_000;
/** Highest energy accepted for one serving. */
export const MAX_SERVING_KCAL = 20_000;

export interface CustomDrinkInput {
  /**
   * Stable id chosen by the caller (core has no randomness). Keep it independent from the name:
   * Oz Ensemble keyed custom drinks by name, and renames broke history (docs/reference/oz-ensemble-formats.md §2.4).
   */
  readonly id: string;
  readonly name: string;
  readonly volumeMl: number;
  readonly abvPercent: number;
  /** Energy of one serving; default = grams of alcohol × 7. */
  readonly kcal?: number;
  readonly priceEuros?: number;
}

function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '') throw new InvalidDrinkError('empty-name', 'A custom drink needs a name');
  if (trimmed.length > MAX_CUSTOM_NAME_LENGTH) {
    throw new InvalidDrinkError(
      'name-too-long',
      `A custom drink name has at most ${String(MAX_CUSTOM_NAME_LENGTH)} characters`,
    );
  }
  return trimmed;
}

/**
 * A drink the person defines: any volume from 1 to 10 000 ml and ABV from 0 to 100 %, a name, optional
 * kcal (default grams × 7, as Oz Ensemble did — docs/reference/oz-ensemble-formats.md §2.3) and optional price.
 * @throws InvalidQuantityError (RangeError) for an out-of-range number, InvalidDrinkError for a bad name or id.
 */
export function createCustomDrink(input: CustomDrinkInput): Drink {
  if (input.id.trim() === '') throw new InvalidDrinkError('empty-id', 'A custom drink needs an id');
  const name = cleanName(input.name);
  const volume = requireFiniteInRange('volumeMl', input.volumeMl, {
    min: MIN_CUSTOM_VOLUME_ML,
    max: MAX_VOLUME_ML,
  });
  const abv = requireFiniteInRange('abvPercent', input.abvPercent, { max: MAX_ABV_PERCENT });
  const kcal =
    input.kcal === undefined
      ? kcalOfAlcohol(gramsOfAlcohol(volume, abv))
      : kilocalories(requireFiniteInRange('kcal', input.kcal, { max: MAX_SERVING_KCAL }));
  const drink: Drink = {
    id: input.id,
    category: 'custom',
    label: { fr: name, en: name },
    volumeMl: millilitres(volume),
    abvPercent: abvPercent(abv),
    standardDrinks: standardDrinks(volume, abv),
    kcal,
    priceSource: 'person',
    custom: true,
  };
  if (input.priceEuros === undefined) return drink;
  const price = requireFiniteInRange('priceEuros', input.priceEuros, { max: MAX_SERVING_PRICE_EUROS });
  return { ...drink, priceEuros: euros(price) };
}
