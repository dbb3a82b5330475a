import type { OzeCsv, OzeCsvRejectedLine, OzeCsvRow } from '@oz/contracts';
import {
  abvForDoses,
  createCustomDrink,
  isIsoDate,
  isoDate,
  keptServing,
  MAX_CUSTOM_NAME_LENGTH,
  type Drink,
  type DrinkCategory,
  type IsoDate,
} from '@oz/core';
import { nowIso } from '../../../../storage/ids.js';
import type { DayLog, DrinkEntryRecord } from '../../../../storage/types.js';
import { newEntry } from '../../../diary/model.js';
import { ProblemList } from './problems.js';
import type { OzeImport } from './transfer.js';
import { NO_SUPPORT_IMPORT } from '../supportBackup.js';

/*
 * The e-mailed CSV (docs/reference/oz-ensemble-formats.md §4.2): one line per logged drink, with its standard
 * drinks per serving (« Unité(s) »), volume, kcal and price. No ids there, so ids come from the line's content
 * (a re-import adds nothing). Each line keeps exactly the doses Oz Ensemble counted.
 */

const CSV_ID_PREFIX = 'oz-ensemble-csv:';
/** The CSV names catalogue drinks by their category word ("beer", "wine"…). */
const CATEGORY_WORDS: Readonly<Record<string, DrinkCategory>> = {
  beer: 'beer',
  cider: 'cider',
  wine: 'wine',
  champagne: 'champagne',
  aperitive: 'aperitif',
  hard: 'spirits',
};

function csvDrink(
  name: string,
  serving: { readonly volumeMl: number; readonly abvPercent: number },
  kcal: number,
  price: number,
): Drink {
  const category = CATEGORY_WORDS[name.toLowerCase()] ?? 'custom';
  const drink = createCustomDrink({
    id: `${CSV_ID_PREFIX}${name}`,
    name: name.slice(0, MAX_CUSTOM_NAME_LENGTH),
    volumeMl: serving.volumeMl,
    abvPercent: serving.abvPercent,
    kcal,
    ...(price === 0 ? {} : { priceEuros: price }),
  });
  return { ...drink, category, custom: category === 'custom' };
}

/** Rows of the same day, drink, quantity and doses are told apart by their rank among themselves. */
class Occurrences {
  private readonly seen = new Map<string, number>();
  idOf(date: string, name: string, quantity: number, doses: number): string {
    const signature = `${date}|${name}|${String(quantity)}|${String(doses)}`;
    const rank = this.seen.get(signature) ?? 0;
    this.seen.set(signature, rank + 1);
    return `${CSV_ID_PREFIX}${signature}|${String(rank)}`;
  }
}

function entryOfRow(row: OzeCsvRow, date: IsoDate, occurrences: Occurrences): DrinkEntryRecord | null {
  const abv = abvForDoses(row.volumeMl, row.dosesPerServing);
  const serving = abv <= 100 ? { volumeMl: row.volumeMl, abvPercent: abv } : keptServing(row.dosesPerServing);
  try {
    const drink = csvDrink(row.name, serving, row.kcalPerServing, row.pricePerServing);
    const id = occurrences.idOf(row.date, row.name, row.quantity, row.dosesPerServing);
    return newEntry(drink, row.quantity, date, '12:00', 'oz-ensemble', id);
  } catch {
    return null;
  }
}

/** A rejected line that still says its day, drink, quantity and doses can be kept with those doses. */
function keptLine(line: OzeCsvRejectedLine, occurrences: Occurrences): DrinkEntryRecord | null {
  const { date, name, quantity, dosesPerServing } = line;
  if (line.reason !== 'unreadable-volume' || date === undefined || name === undefined) return null;
  if (quantity === undefined || dosesPerServing === undefined || !isIsoDate(date)) return null;
  try {
    const drink = csvDrink(name, keptServing(dosesPerServing), 0, 0);
    const id = occurrences.idOf(date, name, quantity, dosesPerServing);
    return newEntry(drink, quantity, isoDate(date), '12:00', 'oz-ensemble', id);
  } catch {
    return null;
  }
}

/** Maps the e-mailed CSV; unreadable lines are named, and kept only if the person chooses. */
export function fromCsv(csv: OzeCsv): OzeImport {
  const problems = new ProblemList();
  const occurrences = new Occurrences();
  const entries: DrinkEntryRecord[] = [];
  const days = new Map<IsoDate, DayLog>();
  const updatedAt = nowIso();
  for (const row of csv.rows) {
    const date = isoDate(row.date);
    if (row.drinkFree) {
      days.set(date, { date, drinkFree: true, mood: null, tags: [], note: '', updatedAt });
      continue;
    }
    const entry = entryOfRow(row, date, occurrences);
    if (entry === null) problems.add({ drink: row.name, reason: 'bad-line', date });
    else entries.push(entry);
  }
  for (const line of csv.rejected) {
    const kept = keptLine(line, occurrences);
    const date = line.date !== undefined && isIsoDate(line.date) ? line.date : null;
    problems.add({
      drink: line.name ?? null,
      reason: line.reason,
      detail: line.reason === 'unreadable-volume' ? (line.volume ?? null) : null,
      date,
      ...(kept === null || line.dosesPerServing === undefined
        ? {}
        : { keep: { standardDrinksPerServing: line.dosesPerServing, customDrink: null, entry: kept } }),
    });
  }
  return {
    data: {
      entries,
      days: [...days.values()],
      screenings: [],
      goals: [],
      customDrinks: [],
      preferences: {},
      ...NO_SUPPORT_IMPORT,
    },
    problems: problems.list(),
    facts: [],
    ignoredKeys: [],
  };
}
