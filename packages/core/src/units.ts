/**
 * Branded units: a number tagged with what it measures, so that grams of alcohol can never be
 * added to standard drinks or millilitres by mistake. Brands exist only at compile time.
 */
declare const unit: unique symbol;
type Brand<Name extends string> = number & { readonly [unit]: Name };

/** A volume of drink, in millilitres. */
export type Millilitres = Brand<'Millilitres'>;
/** Alcohol by volume, as a percentage (5 means 5 %, not 0.05). */
export type AbvPercent = Brand<'AbvPercent'>;
/** A mass of pure ethanol, in grams. */
export type Grams = Brand<'Grams'>;
/** French standard drinks ("verres standard"): 10 g of pure alcohol each. */
export type StandardDrinks = Brand<'StandardDrinks'>;
/** Energy, in kilocalories. */
export type Kilocalories = Brand<'Kilocalories'>;
/** Money, in euros (decimal; rounding is a display concern). */
export type Euros = Brand<'Euros'>;

export const millilitres = (value: number): Millilitres => value as Millilitres;
export const abvPercent = (value: number): AbvPercent => value as AbvPercent;
export const grams = (value: number): Grams => value as Grams;
export const standardDrinkCount = (value: number): StandardDrinks => value as StandardDrinks;
export const kilocalories = (value: number): Kilocalories => value as Kilocalories;
export const euros = (value: number): Euros => value as Euros;

/** Adds values of one unit; the type system refuses mixing units. */
export function sumOf<U extends number>(values: readonly U[]): U {
  let total = 0;
  for (const value of values) total += value;
  return total as U;
}
