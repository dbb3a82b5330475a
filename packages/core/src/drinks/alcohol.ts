import { requireFiniteInRange } from '../quantity.js';
import type { AbvPercent, Grams, Kilocalories, Millilitres, StandardDrinks } from '../units.js';
import { grams, kilocalories, standardDrinkCount } from '../units.js';

/**
 * French standard drink ("verre standard") = 10 g of pure ethanol.
 * Source: SFA, https://sfalcoologie.fr/le-verre-standard-en-france/ (docs/reference/clinical-sources.md B.6).
 */
export const GRAMS_PER_STANDARD_DRINK = 10;

/**
 * Ethanol density used for the conversion, g/ml. OFDT: 1 L of pure alcohol = 800 g
 * (https://ofdt.fr/glossaire/alcool-pur, docs/reference/clinical-sources.md B.6). SFA uses 0.79; we keep the rounder
 * 0.8 that every French public source and Oz Ensemble use, so figures match what people read elsewhere.
 */
export const ETHANOL_DENSITY_G_PER_ML = 0.8;

/**
 * Energy of ethanol, kcal per gram (alcohol only; sugar and mixers ignored). Oz Ensemble computed
 * custom drinks' kcal as grams × 7 (docs/reference/oz-ensemble-formats.md §2.3, `DrinkPersonalisation.js`).
 */
export const KCAL_PER_GRAM_OF_ALCOHOL = 7;

/** Largest volume accepted for one serving or container (10 L): beyond that it is a typing error. */
export const MAX_VOLUME_ML = 10_000;
/** ABV is a percentage: 100 % is pure ethanol. */
export const MAX_ABV_PERCENT = 100;

function checkServing(volumeMl: number, abvPercent: number): void {
  requireFiniteInRange('volumeMl', volumeMl, { max: MAX_VOLUME_ML });
  requireFiniteInRange('abvPercent', abvPercent, { max: MAX_ABV_PERCENT });
}

/**
 * Grams of pure alcohol in a serving: volume (ml) × ABV % / 100 × 0.8 (docs/reference/clinical-sources.md B.6 — note the
 * pitfall there: ABV is a percentage, 5 means 5 %). Full precision; rounding is a display concern.
 * @throws InvalidQuantityError (a RangeError) for NaN, infinite or negative values, ABV > 100, volume > 10 000 ml.
 */
export function gramsOfAlcohol(volumeMl: Millilitres | number, abvPercent: AbvPercent | number): Grams {
  checkServing(volumeMl, abvPercent);
  return grams(((volumeMl * abvPercent) / 100) * ETHANOL_DENSITY_G_PER_ML);
}

/**
 * French standard drinks in a serving: grams / 10. A 25 cl beer at 5 % is exactly 1.
 * @throws InvalidQuantityError (a RangeError) on the same inputs as {@link gramsOfAlcohol}.
 */
export function standardDrinks(
  volumeMl: Millilitres | number,
  abvPercent: AbvPercent | number,
): StandardDrinks {
  return standardDrinkCount(gramsOfAlcohol(volumeMl, abvPercent) / GRAMS_PER_STANDARD_DRINK);
}

/** Standard drinks → grams of pure alcohol (× 10). */
export function gramsFromStandardDrinks(drinks: StandardDrinks): Grams {
  return grams(drinks * GRAMS_PER_STANDARD_DRINK);
}

/** Energy from the alcohol alone: grams × 7 kcal. Default kcal of custom drinks. */
export function kcalOfAlcohol(alcohol: Grams): Kilocalories {
  return kilocalories(alcohol * KCAL_PER_GRAM_OF_ALCOHOL);
}
