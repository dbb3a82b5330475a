// Oz Ensemble exports, for former users who bring their history to Oz (shared/reference/predecessor.md §4):
// the transfer file `oz-ensemble-export.json` (a dump of the phone's storage keys) and the e-mailed CSV
// (`MesConsommationOz.csv`, SocialGouv/ozensemble expo/src/scenes/Infos/Export.js).
// Lenient on purpose: one bad line never fails the whole import; it is counted and reported.
import { z } from 'zod';
import { OzEnsembleFormatError } from './ozensembleShared.js';

/** `@Drinks` line; `drinkKey` "no-conso" is a declared drink-free day. */
export const OzeDrinkSchema = z.object({
  id: z.string().min(1).max(100),
  drinkKey: z.string().min(1).max(200),
  quantity: z.number().finite().positive().max(100),
  /** Milliseconds since the epoch; the day is the device's local day of that instant. */
  timestamp: z.number().finite().min(0),
});
export type OzeDrink = z.infer<typeof OzeDrinkSchema>;

/** `@OwnDrinks` line: a custom drink or cocktail keyed by its name. Volume is a string like "25 cl". */
export const OzeOwnDrinkSchema = z.object({
  categoryKey: z.string().max(60),
  drinkKey: z.string().min(1).max(200),
  displayFeed: z.string().max(200).optional(),
  volume: z.union([z.string(), z.number()]),
  doses: z.number().finite().min(0).max(1000),
  price: z.number().finite().min(0).optional().nullable(),
  alcoolPercentage: z.number().finite().min(0).max(100).optional().nullable(),
  kcal: z.number().finite().min(0).optional().nullable(),
  isDeleted: z.boolean().optional(),
});
export type OzeOwnDrink = z.infer<typeof OzeOwnDrinkSchema>;

export type OzeQuizResult = 'good' | 'risk' | 'addicted' | 'nocif';

export interface OzeTransfer {
  readonly drinks: readonly OzeDrink[];
  readonly ownDrinks: readonly OzeOwnDrink[];
  readonly quizResult: OzeQuizResult | null;
  readonly gender: 'female' | 'male' | null;
  /** `@DaysWithGoalNoDrink`, as stored (weekday names). */
  readonly drinkFreeWeekdays: readonly string[];
  /** Lines of `@Drinks` / `@OwnDrinks` that did not match the documented shape. */
  readonly rejected: number;
  /** Keys present in the file that Oz does not import (reported in the summary). */
  readonly ignoredKeys: readonly string[];
}

const IMPORTED_KEYS = new Set(['@Drinks', '@OwnDrinks', '@Quizz_result', '@Gender', '@DaysWithGoalNoDrink']);

function valid<T>(schema: z.ZodType<T>, values: unknown): { items: T[]; rejected: number } {
  if (!Array.isArray(values)) return { items: [], rejected: values === undefined ? 0 : 1 };
  const items: T[] = [];
  let rejected = 0;
  for (const value of values) {
    const parsed = schema.safeParse(value);
    if (parsed.success) items.push(parsed.data);
    else rejected += 1;
  }
  return { items, rejected };
}

/** A stored value may be JSON text (older dumps) or already parsed. */
function parsedValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function quizResultOf(value: unknown): OzeQuizResult | null {
  const text = parsedValue(value);
  return text === 'good' || text === 'risk' || text === 'addicted' || text === 'nocif' ? text : null;
}

function genderOf(value: unknown): 'female' | 'male' | null {
  const text = parsedValue(value);
  if (text === 'woman' || text === 'female') return 'female';
  if (text === 'man' || text === 'male') return 'male';
  return null;
}

/**
 * Reads an Oz Ensemble transfer file (already JSON-parsed).
 * @throws OzEnsembleFormatError when it is not an object or has no `@Drinks` diary.
 */
export function parseOzEnsembleTransfer(file: unknown): OzeTransfer {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    throw new OzEnsembleFormatError('not-an-object', 'An Oz Ensemble transfer file is a JSON object');
  }
  const record = file as Record<string, unknown>;
  if (!('@Drinks' in record))
    throw new OzEnsembleFormatError('no-diary', 'No @Drinks key: not an Oz Ensemble diary');
  const drinks = valid(OzeDrinkSchema, parsedValue(record['@Drinks']));
  const ownDrinks = valid(OzeOwnDrinkSchema, parsedValue(record['@OwnDrinks']));
  const weekdays = parsedValue(record['@DaysWithGoalNoDrink']);
  return {
    drinks: drinks.items,
    ownDrinks: ownDrinks.items.filter((drink) => drink.isDeleted !== true),
    quizResult: quizResultOf(record['@Quizz_result']),
    gender: genderOf(record['@Gender']),
    drinkFreeWeekdays: Array.isArray(weekdays)
      ? weekdays.filter((day): day is string => typeof day === 'string')
      : [],
    rejected: drinks.rejected + ownDrinks.rejected,
    ignoredKeys: Object.keys(record).filter((key) => !IMPORTED_KEYS.has(key)),
  };
}
