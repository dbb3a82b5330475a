import type { Drink } from './drink.js';
import { defineDrink } from './drink.js';
import { COCKTAILS } from './cocktails.js';

/*
 * The French catalogue of common servings.
 * Volumes and ABVs: Oz Ensemble catalogue (SocialGouv/ozensemble `expo/src/scenes/ConsoFollowUp/drinksCatalog.js`,
 * docs/reference/oz-ensemble-formats.md §2.1: beer/cider 5 %, wine/champagne 12.5 %, aperitif 18 %, spirits 40 %) and the typical
 * 10 g servings of docs/reference/clinical-sources.md B.6 (25 cl beer 5 %, 10 cl wine 12 %, 2.5 cl pastis 45 %, 7 cl apéritif 18 %).
 * kcal: alcohol only (grams × 7), which is also what every Oz Ensemble value works out to
 * (e.g. 25 cl beer → 70 kcal), so gains stay comparable with the predecessor.
 * Prices: see PriceSource; 'oz-ensemble' values are the predecessor's, the others are Oz estimates.
 */

const BEERS_AND_CIDERS: readonly Drink[] = [
  defineDrink({
    id: 'beer-half',
    category: 'beer',
    label: { fr: 'Demi de bière (25 cl, 5 %)', en: 'Half of beer (25 cl, 5%)' },
    volumeMl: 250,
    abvPercent: 5,
    priceEuros: 3.5,
    priceSource: 'oz-ensemble',
    legacyKey: 'beer-half',
  }),
  defineDrink({
    id: 'beer-can',
    category: 'beer',
    label: { fr: 'Canette de bière (33 cl, 5 %)', en: 'Can of beer (33 cl, 5%)' },
    volumeMl: 330,
    abvPercent: 5,
    priceEuros: 1.5,
    priceSource: 'oz-estimate',
  }),
  defineDrink({
    id: 'beer-pint',
    category: 'beer',
    label: { fr: 'Pinte de bière (50 cl, 5 %)', en: 'Pint of beer (50 cl, 5%)' },
    volumeMl: 500,
    abvPercent: 5,
    priceEuros: 7,
    priceSource: 'oz-ensemble',
    legacyKey: 'beer-pint',
  }),
  defineDrink({
    id: 'strong-beer-bottle',
    category: 'beer',
    label: { fr: 'Bouteille de bière forte (33 cl, 8 %)', en: 'Bottle of strong beer (33 cl, 8%)' },
    volumeMl: 330,
    abvPercent: 8,
    priceEuros: 2.5,
    priceSource: 'oz-estimate',
  }),
  defineDrink({
    id: 'strong-beer-can',
    category: 'beer',
    label: { fr: 'Canette de bière forte (50 cl, 8 %)', en: 'Can of strong beer (50 cl, 8%)' },
    volumeMl: 500,
    abvPercent: 8,
    priceEuros: 2.5,
    priceSource: 'oz-estimate',
  }),
  defineDrink({
    id: 'panache',
    category: 'beer',
    label: { fr: 'Panaché (25 cl, 2,5 %)', en: 'Shandy (25 cl, 2.5%)' },
    volumeMl: 250,
    abvPercent: 2.5,
    priceEuros: 3.5,
    priceSource: 'oz-estimate',
  }),
  defineDrink({
    id: 'cider-half',
    category: 'cider',
    label: { fr: 'Demi de cidre (25 cl, 5 %)', en: 'Half of cider (25 cl, 5%)' },
    volumeMl: 250,
    abvPercent: 5,
    priceEuros: 2,
    priceSource: 'oz-ensemble',
    legacyKey: 'cider-half',
  }),
  defineDrink({
    id: 'cider-pint',
    category: 'cider',
    label: { fr: 'Pinte de cidre (50 cl, 5 %)', en: 'Pint of cider (50 cl, 5%)' },
    volumeMl: 500,
    abvPercent: 5,
    priceEuros: 4,
    priceSource: 'oz-ensemble',
    legacyKey: 'cider-pint',
  }),
  defineDrink({
    id: 'cider-bottle',
    category: 'cider',
    label: { fr: 'Bouteille de cidre (75 cl, 5 %)', en: 'Bottle of cider (75 cl, 5%)' },
    volumeMl: 750,
    abvPercent: 5,
    priceEuros: 3.5,
    priceSource: 'oz-estimate',
  }),
];

const WINES: readonly Drink[] = [
  defineDrink({
    id: 'wine-glass',
    category: 'wine',
    label: { fr: 'Verre de vin (10 cl, 12,5 %)', en: 'Glass of wine (10 cl, 12.5%)' },
    volumeMl: 100,
    abvPercent: 12.5,
    priceEuros: 4,
    priceSource: 'oz-ensemble',
    legacyKey: 'wine-glass',
  }),
  defineDrink({
    id: 'wine-glass-large',
    category: 'wine',
    label: { fr: 'Grand verre de vin (12 cl, 12 %)', en: 'Large glass of wine (12 cl, 12%)' },
    volumeMl: 120,
    abvPercent: 12,
    priceEuros: 5,
    priceSource: 'oz-estimate',
  }),
  defineDrink({
    id: 'wine-pitcher-quarter',
    category: 'wine',
    label: { fr: 'Pichet de vin (25 cl, 12,5 %)', en: 'Small carafe of wine (25 cl, 12.5%)' },
    volumeMl: 250,
    abvPercent: 12.5,
    priceEuros: 8,
    priceSource: 'oz-estimate',
  }),
  defineDrink({
    id: 'wine-bottle',
    category: 'wine',
    label: { fr: 'Bouteille de vin (75 cl, 12,5 %)', en: 'Bottle of wine (75 cl, 12.5%)' },
    volumeMl: 750,
    abvPercent: 12.5,
    priceEuros: 10,
    priceSource: 'oz-ensemble',
    legacyKey: 'wine-bottle',
  }),
  defineDrink({
    id: 'champagne-glass',
    category: 'champagne',
    label: { fr: 'Coupe de champagne (10 cl, 12,5 %)', en: 'Glass of champagne (10 cl, 12.5%)' },
    volumeMl: 100,
    abvPercent: 12.5,
    priceEuros: 5,
    priceSource: 'oz-ensemble',
    legacyKey: 'champagne-glass',
  }),
  defineDrink({
    id: 'champagne-bottle',
    category: 'champagne',
    label: { fr: 'Bouteille de champagne (75 cl, 12,5 %)', en: 'Bottle of champagne (75 cl, 12.5%)' },
    volumeMl: 750,
    abvPercent: 12.5,
    priceEuros: 20,
    priceSource: 'oz-ensemble',
    legacyKey: 'champagne-bottle',
  }),
];

const APERITIFS_AND_SPIRITS: readonly Drink[] = [
  defineDrink({
    id: 'aperitif-glass',
    category: 'aperitif',
    label: { fr: 'Verre d’apéritif (7 cl, 18 %)', en: 'Glass of aperitif (7 cl, 18%)' },
    volumeMl: 70,
    abvPercent: 18,
    priceEuros: 4,
    priceSource: 'oz-ensemble',
    legacyKey: 'aperitive-glass',
  }),
  defineDrink({
    id: 'aperitif-bottle',
    category: 'aperitif',
    label: { fr: 'Bouteille d’apéritif (75 cl, 18 %)', en: 'Bottle of aperitif (75 cl, 18%)' },
    volumeMl: 750,
    abvPercent: 18,
    priceEuros: 10,
    priceSource: 'oz-ensemble',
    legacyKey: 'aperitive-bottle',
  }),
  defineDrink({
    id: 'pastis-glass',
    category: 'aperitif',
    label: { fr: 'Pastis (2,5 cl, 45 %)', en: 'Pastis (2.5 cl, 45%)' },
    volumeMl: 25,
    abvPercent: 45,
    priceEuros: 3,
    priceSource: 'oz-estimate',
  }),
  defineDrink({
    id: 'spirits-shot',
    category: 'spirits',
    label: { fr: 'Petit verre d’alcool fort (3 cl, 40 %)', en: 'Shot of spirits (3 cl, 40%)' },
    volumeMl: 30,
    abvPercent: 40,
    priceEuros: 2,
    priceSource: 'oz-ensemble',
    legacyKey: 'hard-shot',
  }),
  defineDrink({
    id: 'spirits-glass',
    category: 'spirits',
    label: {
      fr: 'Verre de whisky, rhum, vodka... (4 cl, 40 %)',
      en: 'Glass of whisky, rum, vodka... (4 cl, 40%)',
    },
    volumeMl: 40,
    abvPercent: 40,
    priceEuros: 7,
    priceSource: 'oz-estimate',
  }),
  defineDrink({
    // Oz Ensemble "hard-cocktail": 5 cl of spirits with a soft drink, 133 kcal with the mixer.
    id: 'spirits-long-drink',
    category: 'spirits',
    label: { fr: 'Spiritueux avec soda (5 cl, 40 %)', en: 'Spirits with a mixer (5 cl, 40%)' },
    volumeMl: 50,
    abvPercent: 40,
    kcal: 133,
    priceEuros: 8,
    priceSource: 'oz-ensemble',
    legacyKey: 'hard-cocktail',
  }),
  defineDrink({
    // Oz Ensemble listed 750 kcal for this flask; 20 cl at 40 % is 64 g of alcohol, i.e. 448 kcal.
    id: 'spirits-flask',
    category: 'spirits',
    label: { fr: 'Flasque de spiritueux (20 cl, 40 %)', en: 'Flask of spirits (20 cl, 40%)' },
    volumeMl: 200,
    abvPercent: 40,
    priceEuros: 4,
    priceSource: 'oz-ensemble',
    legacyKey: 'hard-flasque',
  }),
  defineDrink({
    // 70 cl is the usual spirits bottle in France; Oz Ensemble's "hard-bottle" was 75 cl (24 drinks).
    id: 'spirits-bottle',
    category: 'spirits',
    label: { fr: 'Bouteille de spiritueux (70 cl, 40 %)', en: 'Bottle of spirits (70 cl, 40%)' },
    volumeMl: 700,
    abvPercent: 40,
    priceEuros: 15,
    priceSource: 'oz-ensemble',
  }),
];

const ALCOHOL_FREE: readonly Drink[] = [
  defineDrink({
    id: 'beer-alcohol-free',
    category: 'alcohol-free',
    label: { fr: 'Bière sans alcool (33 cl, 0,0 %)', en: 'Alcohol-free beer (33 cl, 0.0%)' },
    volumeMl: 330,
    abvPercent: 0,
    priceEuros: 1.5,
    priceSource: 'oz-estimate',
  }),
  defineDrink({
    // French "sans alcool" beers may contain up to 1.2 %; many are labelled 0.5 %.
    id: 'beer-low-alcohol',
    category: 'alcohol-free',
    label: { fr: 'Bière sans alcool (33 cl, 0,5 %)', en: 'Low-alcohol beer (33 cl, 0.5%)' },
    volumeMl: 330,
    abvPercent: 0.5,
    priceEuros: 1.5,
    priceSource: 'oz-estimate',
  }),
];

/** The catalogue, in the order the diary offers it. Ids are stable: entries reference them. */
export const DRINKS: readonly Drink[] = Object.freeze([
  ...BEERS_AND_CIDERS,
  ...WINES,
  ...APERITIFS_AND_SPIRITS,
  ...COCKTAILS,
  ...ALCOHOL_FREE,
]);

const DRINKS_BY_ID: ReadonlyMap<string, Drink> = new Map(DRINKS.map((drink) => [drink.id, drink]));

/**
 * The drink with this id among the catalogue and the person's custom drinks (custom ids win, so a
 * person's own definition is never shadowed), or undefined.
 */
export function findDrink(id: string, customDrinks: readonly Drink[] = []): Drink | undefined {
  return customDrinks.find((drink) => drink.id === id) ?? DRINKS_BY_ID.get(id);
}

/** Catalogue drink matching an Oz Ensemble `drinkKey`, when the serving is identical. */
export function findDrinkByLegacyKey(legacyKey: string): Drink | undefined {
  return DRINKS.find((drink) => drink.legacyKey === legacyKey);
}
