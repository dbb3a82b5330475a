import type { OzeOwnDrink } from '@oz/contracts';
import {
  abvForDoses,
  createCustomDrink,
  findDrinkByLegacyKey,
  keptServing,
  MAX_CUSTOM_NAME_LENGTH,
  ozeServing,
  type Drink,
  type DrinkCategory,
} from '@oz/core';
import { nowIso } from '../../../../storage/ids.js';
import type { CustomDrinkRecord } from '../../../../storage/types.js';

/*
 * The drinks an Oz Ensemble line can name: a catalogue key (docs/reference/oz-ensemble-formats.md §2.1–2.2)
 * mapped to the identical Oz drink, one of two servings Oz has no identical drink for, or an own drink or
 * cocktail of `@OwnDrinks`, rebuilt so that it counts exactly the `doses` Oz Ensemble counted.
 */

export const OZE_ID_PREFIX = 'oz-ensemble:';

interface LegacyServing {
  readonly fr: string;
  readonly en: string;
  readonly ml: number;
  readonly abv: number;
  readonly kcal: number;
  readonly price: number;
  readonly category: DrinkCategory;
}

/**
 * Oz Ensemble servings with no identical Oz drink: 75 cl of spirits is 24 doses, a Picon bière 1.6, a spritz 0.9
 * (10 cl at 11 %; Oz serves it 15 cl) and a ti-punch 6 cl at 40 % (Oz: 5 cl of 50 % rum). Imports keep what
 * Oz Ensemble counted.
 */
const LEGACY_ONLY: Readonly<Record<string, LegacyServing>> = {
  spritz: {
    fr: 'Spritz (Oz Ensemble, 10\u00a0cl)',
    en: 'Spritz (Oz Ensemble, 10 cl)',
    ml: 100,
    abv: 11,
    kcal: 120,
    price: 0,
    category: 'cocktail',
  },
  'ti-punch': {
    fr: 'Ti-punch (Oz Ensemble, 6\u00a0cl)',
    en: 'Ti punch (Oz Ensemble, 6 cl)',
    ml: 60,
    abv: 40,
    kcal: 220,
    price: 0,
    category: 'cocktail',
  },
  'hard-bottle': {
    fr: 'Bouteille de spiritueux (75\u00a0cl)',
    en: 'Bottle of spirits (75 cl)',
    ml: 750,
    abv: 40,
    kcal: 1680,
    price: 15,
    category: 'spirits',
  },
  'picon-biere': {
    fr: 'Picon bière',
    en: 'Picon and beer',
    ml: 280,
    // Oz Ensemble counted it 1.6 doses: the ABV that gives exactly that in 28 cl.
    abv: abvForDoses(280, 1.6),
    kcal: 110,
    price: 0,
    category: 'cocktail',
  },
};

function drinkOf(
  id: string,
  name: string,
  category: DrinkCategory,
  serving: { readonly volumeMl: number; readonly abvPercent: number },
  kcal: number | null | undefined,
  price: number | null | undefined,
): Drink {
  const drink = createCustomDrink({
    id,
    name: name.slice(0, MAX_CUSTOM_NAME_LENGTH),
    volumeMl: serving.volumeMl,
    abvPercent: serving.abvPercent,
    ...(kcal === null || kcal === undefined ? {} : { kcal }),
    ...(price === null || price === undefined || price === 0 ? {} : { priceEuros: price }),
  });
  return { ...drink, category, custom: category === 'custom' };
}

/** The Oz drink of a catalogue or cocktail key of Oz Ensemble; null for any other key. */
export function catalogueDrink(key: string): Drink | null {
  const known = findDrinkByLegacyKey(key);
  if (known !== undefined) return known;
  const legacy = LEGACY_ONLY[key];
  if (legacy === undefined) return null;
  const serving = { volumeMl: legacy.ml, abvPercent: legacy.abv };
  const drink = drinkOf(
    `${OZE_ID_PREFIX}${key}`,
    legacy.fr,
    legacy.category,
    serving,
    legacy.kcal,
    legacy.price,
  );
  return { ...drink, label: { fr: legacy.fr, en: legacy.en } };
}

export function asCustomDrinkRecord(drink: Drink): CustomDrinkRecord {
  return { ...drink, createdAt: nowIso() };
}

export type OwnDrinkReading =
  | { readonly kind: 'drink'; readonly drink: Drink; readonly deleted: boolean }
  | {
      readonly kind: 'unreadable';
      readonly reason: 'unreadable-volume' | 'inconsistent-volume';
      readonly volumeText: string;
      readonly doses: number;
      /** The drink keeping these lines would make: exact doses, volume assumed (core `keptServing`). */
      readonly kept: Drink;
      readonly deleted: boolean;
    };

function nameOf(own: OzeOwnDrink): string {
  const name = (own.displayFeed ?? '').trim() === '' ? own.drinkKey : (own.displayFeed ?? own.drinkKey);
  return name.trim() === '' ? own.drinkKey : name;
}

/** An own drink or cocktail rebuilt with its `doses`; its volume text decides whether it can be read. */
export function readOwnDrink(own: OzeOwnDrink): OwnDrinkReading {
  const id = `${OZE_ID_PREFIX}${own.drinkKey}`;
  const deleted = own.isDeleted === true;
  const serving = ozeServing(own.volume, own.doses, own.alcoolPercentage);
  if (serving.kind === 'ok') {
    return {
      kind: 'drink',
      drink: drinkOf(id, nameOf(own), 'custom', serving, own.kcal, own.price),
      deleted,
    };
  }
  return {
    kind: 'unreadable',
    reason: serving.kind === 'inconsistent' ? 'inconsistent-volume' : 'unreadable-volume',
    volumeText: own.volume === null || own.volume === undefined ? '' : String(own.volume),
    doses: own.doses,
    kept: drinkOf(id, nameOf(own), 'custom', keptServing(own.doses), own.kcal, own.price),
    deleted,
  };
}
