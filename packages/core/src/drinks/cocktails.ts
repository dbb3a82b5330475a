import type { Drink } from './drink.js';
import { defineDrink } from './drink.js';

/*
 * Common cocktails, described by their alcoholic base (mixers carry no alcohol).
 * Base volumes, ABVs and kcal (with mixers): Oz Ensemble cocktail catalogue
 * (SocialGouv/ozensemble `expo/src/reference/cocktailsCatalog.js`, docs/reference/oz-ensemble-formats.md §2.2); ids are the
 * predecessor's `drinkKey`s. Oz Ensemble had no cocktail prices (the person typed one): prices here
 * are Oz estimates of a French bar price.
 */

interface CocktailRow {
  readonly id: string;
  readonly fr: string;
  readonly en: string;
  readonly baseMl: number;
  readonly abv: number;
  readonly kcal: number;
  readonly price: number;
}

const ROWS: readonly CocktailRow[] = [
  { id: 'whisky-cola', fr: 'Whisky-coca', en: 'Whisky and cola', baseMl: 50, abv: 40, kcal: 230, price: 9 },
  { id: 'gin-tonic', fr: 'Gin tonic', en: 'Gin and tonic', baseMl: 50, abv: 40, kcal: 140, price: 10 },
  { id: 'cuba-libre', fr: 'Cuba libre', en: 'Cuba libre', baseMl: 50, abv: 40, kcal: 160, price: 9 },
  { id: 'mojito', fr: 'Mojito', en: 'Mojito', baseMl: 50, abv: 40, kcal: 160, price: 10 },
  // Spritz: 10 cl of aperitif and prosecco at about 11 % (0.9 standard drink in Oz Ensemble).
  { id: 'spritz', fr: 'Spritz', en: 'Spritz', baseMl: 100, abv: 11, kcal: 120, price: 9 },
  { id: 'caipirinha', fr: 'Caïpirinha', en: 'Caipirinha', baseMl: 50, abv: 40, kcal: 149, price: 10 },
  { id: 'pina-colada', fr: 'Piña colada', en: 'Piña colada', baseMl: 60, abv: 40, kcal: 300, price: 10 },
  { id: 'cosmopolitan', fr: 'Cosmopolitan', en: 'Cosmopolitan', baseMl: 60, abv: 40, kcal: 200, price: 11 },
  { id: 'margarita', fr: 'Margarita', en: 'Margarita', baseMl: 60, abv: 40, kcal: 140, price: 10 },
  {
    id: 'tequila-sunrise',
    fr: 'Tequila sunrise',
    en: 'Tequila sunrise',
    baseMl: 40,
    abv: 35,
    kcal: 230,
    price: 10,
  },
  { id: 'punch', fr: 'Punch (planteur)', en: 'Rum punch', baseMl: 50, abv: 40, kcal: 180, price: 8 },
  { id: 'ti-punch', fr: 'Ti-punch', en: 'Ti punch', baseMl: 60, abv: 40, kcal: 220, price: 8 },
  { id: 'moscow-mule', fr: 'Moscow mule', en: 'Moscow mule', baseMl: 60, abv: 40, kcal: 160, price: 11 },
  // Picon bière: 25 cl of 5 % beer + 3 cl of 18 % Picon = 14.3 g, expressed as 28 cl at 6.4 %.
  { id: 'picon-biere', fr: 'Picon bière', en: 'Picon and beer', baseMl: 280, abv: 6.4, kcal: 110, price: 5 },
  { id: 'daiquiri', fr: 'Daïquiri', en: 'Daiquiri', baseMl: 50, abv: 40, kcal: 180, price: 10 },
  // Kir: 12 cl of white wine with blackcurrant liqueur, about 11 % (Oz addition, not in Oz Ensemble).
  { id: 'kir', fr: 'Kir (12 cl, 11 %)', en: 'Kir (12 cl, 11%)', baseMl: 120, abv: 11, kcal: 100, price: 4 },
];

/** French typography: a no-break space between a number and its unit (« 5 cl », « 40 % »). */
const NBSP = '\u00a0';

function baseDescription(row: CocktailRow): string {
  return `${String(row.baseMl / 10).replace('.', ',')}${NBSP}cl, ${String(row.abv).replace('.', ',')}${NBSP}%`;
}

/** Cocktails whose label does not already say the serving get "(5 cl, 40 %)" appended. */
function labelOf(row: CocktailRow): { fr: string; en: string } {
  if (row.fr.includes('(')) return { fr: row.fr, en: row.en };
  const en = `${String(row.baseMl / 10)} cl, ${String(row.abv)}%`;
  return { fr: `${row.fr} (${baseDescription(row)})`, en: `${row.en} (${en})` };
}

export const COCKTAILS: readonly Drink[] = ROWS.map((row) =>
  defineDrink({
    id: row.id,
    category: 'cocktail',
    label: labelOf(row),
    volumeMl: row.baseMl,
    abvPercent: row.abv,
    kcal: row.kcal,
    priceEuros: row.price,
    priceSource: 'oz-estimate',
    ...(row.id === 'kir' || row.id === 'picon-biere' ? {} : { legacyKey: row.id }),
  }),
);
