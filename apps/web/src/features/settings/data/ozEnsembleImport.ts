import { ozeVolumeCl, type OzeCsv, type OzeOwnDrink, type OzeTransfer } from '@oz/contracts';
import {
  createCustomDrink,
  ETHANOL_DENSITY_G_PER_ML,
  findDrinkByLegacyKey,
  GRAMS_PER_STANDARD_DRINK,
  isIsoDate,
  localDateOf,
  localTimeOf,
  MAX_CUSTOM_NAME_LENGTH,
  type Drink,
  type DrinkCategory,
} from '@oz/core';
import { nowIso } from '../../../storage/ids.js';
import type { CustomDrinkRecord, DayLog, DrinkEntryRecord, ScreeningRecord } from '../../../storage/types.js';
import { newEntry } from '../../diary/model.js';
import type { ImportData } from './mergePlan.js';

export interface OzeImport {
  readonly data: ImportData;
  /** Lines Oz could not read or map (unknown drink, bad values). */
  readonly skipped: number;
  readonly ignoredKeys: readonly string[];
}

/** ABV that gives exactly Oz Ensemble's doses for this volume, so imported history keeps its numbers. */
function abvForDoses(volumeMl: number, doses: number): number {
  return Math.min(100, (doses * GRAMS_PER_STANDARD_DRINK * 100) / (volumeMl * ETHANOL_DENSITY_G_PER_ML));
}

/** Oz Ensemble servings with no identical Oz drink (predecessor.md §2.1–2.2). */
const LEGACY_ONLY: Readonly<
  Record<
    string,
    {
      fr: string;
      en: string;
      ml: number;
      doses: number;
      kcal: number;
      price: number;
      category: DrinkCategory;
    }
  >
> = {
  'hard-bottle': {
    fr: 'Bouteille de spiritueux (75 cl)',
    en: 'Bottle of spirits (75 cl)',
    ml: 750,
    doses: 24,
    kcal: 1680,
    price: 15,
    category: 'spirits',
  },
  'picon-biere': {
    fr: 'Picon bière',
    en: 'Picon and beer',
    ml: 280,
    doses: 1.6,
    kcal: 110,
    price: 0,
    category: 'cocktail',
  },
};

function legacyDrink(
  id: string,
  name: string,
  category: DrinkCategory,
  volumeMl: number,
  doses: number,
  kcal: number,
  price: number | undefined,
): Drink {
  const drink = createCustomDrink({
    id,
    name: name.slice(0, MAX_CUSTOM_NAME_LENGTH),
    volumeMl,
    abvPercent: abvForDoses(volumeMl, doses),
    kcal,
    ...(price === undefined || price === 0 ? {} : { priceEuros: price }),
  });
  return { ...drink, category, custom: category === 'custom' };
}

function ownDrink(own: OzeOwnDrink): Drink | null {
  const volumeCl = ozeVolumeCl(own.volume);
  if (volumeCl === null || volumeCl <= 0) return null;
  const name = own.displayFeed ?? own.drinkKey;
  return legacyDrink(
    `oz-ensemble:${own.drinkKey}`,
    name,
    'custom',
    volumeCl * 10,
    own.doses,
    own.kcal ?? 0,
    own.price ?? undefined,
  );
}

function catalogueDrink(key: string): Drink | null {
  const known = findDrinkByLegacyKey(key);
  if (known !== undefined) return known;
  const legacy = LEGACY_ONLY[key];
  if (legacy === undefined) return null;
  return {
    ...legacyDrink(
      `oz-ensemble:${key}`,
      legacy.fr,
      legacy.category,
      legacy.ml,
      legacy.doses,
      legacy.kcal,
      legacy.price,
    ),
    label: { fr: legacy.fr, en: legacy.en },
  };
}

function drinkFreeDay(date: DayLog['date']): DayLog {
  return { date, drinkFree: true, mood: null, tags: [], note: '', updatedAt: nowIso() };
}

/** Maps a transfer file to Oz records; ids derive from Oz Ensemble's, so a re-import adds nothing. */
export function fromTransfer(transfer: OzeTransfer, timeZone: string): OzeImport {
  const own = new Map<string, Drink>();
  const customDrinks: CustomDrinkRecord[] = [];
  for (const item of transfer.ownDrinks) {
    const drink = ownDrink(item);
    if (drink === null) continue;
    own.set(item.drinkKey, drink);
    customDrinks.push({ ...drink, createdAt: nowIso() });
  }
  const entries: DrinkEntryRecord[] = [];
  const days = new Map<string, DayLog>();
  let skipped = transfer.rejected;
  for (const item of transfer.drinks) {
    const date = localDateOf(item.timestamp, timeZone);
    if (item.drinkKey === 'no-conso') {
      days.set(date, drinkFreeDay(date));
      continue;
    }
    const drink = own.get(item.drinkKey) ?? catalogueDrink(item.drinkKey);
    if (drink === null) {
      skipped += 1;
      continue;
    }
    entries.push(
      newEntry(
        drink,
        item.quantity,
        date,
        localTimeOf(item.timestamp, timeZone),
        'oz-ensemble',
        `oz-ensemble:${item.id}`,
      ),
    );
  }
  const screenings: ScreeningRecord[] =
    transfer.quizResult === null
      ? []
      : [
          {
            id: 'oz-ensemble:quiz',
            instrument: 'oz-ensemble-audit-c',
            version: 'oz-ensemble',
            answers: [],
            sex: transfer.gender ?? 'unspecified',
            total: null,
            level: transfer.quizResult,
            takenAt: nowIso(),
          },
        ];
  return {
    data: {
      entries,
      days: [...days.values()],
      screenings,
      goals: [],
      customDrinks,
      preferences: transfer.gender === null ? {} : { profile: { sex: transfer.gender, ageBand: null } },
    },
    skipped,
    ignoredKeys: transfer.ignoredKeys,
  };
}

const CATEGORY_WORDS: Readonly<Record<string, DrinkCategory>> = {
  beer: 'beer',
  cider: 'cider',
  wine: 'wine',
  champagne: 'champagne',
  aperitive: 'aperitif',
  hard: 'spirits',
};

/** Maps the e-mailed CSV: no ids there, so ids come from the line's content (re-import adds nothing). */
export function fromCsv(csv: OzeCsv): OzeImport {
  const entries: DrinkEntryRecord[] = [];
  const days = new Map<string, DayLog>();
  const occurrences = new Map<string, number>();
  let skipped = csv.rejectedLines.length;
  for (const row of csv.rows) {
    if (!isIsoDate(row.date)) {
      skipped += 1;
      continue;
    }
    if (row.drinkFree) {
      days.set(row.date, drinkFreeDay(row.date));
      continue;
    }
    const signature = `${row.date}|${row.name}|${String(row.quantity)}|${String(row.dosesPerServing)}`;
    const seen = occurrences.get(signature) ?? 0;
    occurrences.set(signature, seen + 1);
    try {
      const category = CATEGORY_WORDS[row.name.toLowerCase()] ?? 'custom';
      const drink = legacyDrink(
        `oz-ensemble-csv:${row.name}`,
        row.name,
        category,
        row.volumeCl * 10,
        row.dosesPerServing,
        row.kcalPerServing,
        row.pricePerServing,
      );
      entries.push(
        newEntry(
          drink,
          row.quantity,
          row.date,
          '12:00',
          'oz-ensemble',
          `oz-ensemble-csv:${signature}|${String(seen)}`,
        ),
      );
    } catch {
      skipped += 1;
    }
  }
  return {
    data: { entries, days: [...days.values()], screenings: [], goals: [], customDrinks: [], preferences: {} },
    skipped,
    ignoredKeys: [],
  };
}
