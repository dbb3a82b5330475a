import type { LocalizedText } from '../i18n.js';
import type { AbvPercent, Euros, Kilocalories, Millilitres, StandardDrinks } from '../units.js';
import { abvPercent, euros, kilocalories, millilitres } from '../units.js';
import { gramsOfAlcohol, kcalOfAlcohol, standardDrinks } from './alcohol.js';

export const DRINK_CATEGORIES = [
  'beer',
  'cider',
  'wine',
  'champagne',
  'aperitif',
  'spirits',
  'cocktail',
  'alcohol-free',
  'custom',
] as const;
export type DrinkCategory = (typeof DRINK_CATEGORIES)[number];

/**
 * Where a catalogue price comes from. 'oz-ensemble' = the predecessor's catalogue
 * (SocialGouv/ozensemble `drinksCatalog.js`, docs/reference/oz-ensemble-formats.md §2.1, shown there as "average price");
 * 'oz-estimate' = a typical French price chosen by the Oz team (no public reference consulted; the
 * person can override it with a custom drink); 'person' = entered by the person.
 */
export type PriceSource = 'oz-ensemble' | 'oz-estimate' | 'person';

/**
 * A serving of a drink. For cocktails, `volumeMl` and `abvPercent` describe the alcoholic base
 * (mixers carry no alcohol), so `standardDrinks` stays right.
 */
export interface Drink {
  readonly id: string;
  readonly category: DrinkCategory;
  readonly label: LocalizedText;
  readonly volumeMl: Millilitres;
  readonly abvPercent: AbvPercent;
  /** Derived from volume and ABV: volume × ABV / 100 × 0.8 / 10. */
  readonly standardDrinks: StandardDrinks;
  /** Energy of one serving. Catalogue: alcohol only (grams × 7) unless a cocktail's mixers are known. */
  readonly kcal: Kilocalories;
  /** Typical price of one serving; absent for a custom drink whose price was not given. */
  readonly priceEuros?: Euros;
  readonly priceSource: PriceSource;
  /** Oz Ensemble `drinkKey` when this serving is identical to the predecessor's (for imports). */
  readonly legacyKey?: string;
  /** True for drinks the person created (never part of {@link DRINKS}). */
  readonly custom: boolean;
}

/** Definition used to build a catalogue entry; the standard drinks are always derived, never typed in. */
export interface DrinkDefinition {
  readonly id: string;
  readonly category: DrinkCategory;
  readonly label: LocalizedText;
  readonly volumeMl: number;
  readonly abvPercent: number;
  /** Omitted → alcohol-only energy, grams × 7. */
  readonly kcal?: number;
  readonly priceEuros: number;
  readonly priceSource: PriceSource;
  readonly legacyKey?: string;
}

/** Builds a catalogue drink, deriving standard drinks (and kcal when not given) from volume and ABV. */
export function defineDrink(definition: DrinkDefinition): Drink {
  const alcohol = gramsOfAlcohol(definition.volumeMl, definition.abvPercent);
  const drink: Drink = {
    id: definition.id,
    category: definition.category,
    label: definition.label,
    volumeMl: millilitres(definition.volumeMl),
    abvPercent: abvPercent(definition.abvPercent),
    standardDrinks: standardDrinks(definition.volumeMl, definition.abvPercent),
    kcal: definition.kcal === undefined ? kcalOfAlcohol(alcohol) : kilocalories(definition.kcal),
    priceEuros: euros(definition.priceEuros),
    priceSource: definition.priceSource,
    custom: false,
  };
  return definition.legacyKey === undefined ? drink : { ...drink, legacyKey: definition.legacyKey };
}
