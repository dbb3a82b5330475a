// Oz Ensemble's transfer file, for former users who bring their history to Oz: `oz-ensemble-export.json`, a dump
// of the phone's storage keys (SocialGouv/ozensemble `expo/src/scenes/Infos/Transfer.js`; layout in
// docs/reference/oz-ensemble-formats.md §4.1). Lenient on purpose: one bad line never fails the whole import;
// it is returned with what could be read of it (day, drink, why), so the person is told.
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

/**
 * `@OwnDrinks` line: a custom drink (`ownDrink`) or cocktail (`ownCocktail`) keyed by its name. `volume` is a
 * text ("33 cl", "5cl gin 40%") or a number of cl; `doses` are its standard drinks. A deleted one
 * (`isDeleted`) still defines the drink of its past lines.
 */
export const OzeOwnDrinkSchema = z.object({
  categoryKey: z.string().max(60),
  drinkKey: z.string().min(1).max(200),
  displayFeed: z.string().max(200).optional(),
  volume: z
    .union([z.string().max(200), z.number()])
    .optional()
    .nullable(),
  doses: z.number().finite().min(0).max(1000),
  price: z.number().finite().min(0).optional().nullable(),
  alcoolPercentage: z.number().finite().min(0).max(100).optional().nullable(),
  kcal: z.number().finite().min(0).optional().nullable(),
  isDeleted: z.boolean().optional(),
});
export type OzeOwnDrink = z.infer<typeof OzeOwnDrinkSchema>;

/** One day of `@Drinks-contexts` (keyed by 'YYYY-MM-DD'): mood, context tags, private note. */
export const OzeDayContextSchema = z.object({
  note: z.string().max(100_000).optional().nullable(),
  context: z.array(z.string().max(100)).max(200).optional().nullable(),
  emotion: z.string().max(60).optional().nullable(),
});
export interface OzeDayContext extends z.infer<typeof OzeDayContextSchema> {
  readonly date: string;
}

/** `@GainPreviousDrinksPerWeek` line: a drink and how many of it in a typical week before cutting down. */
export const OzeWeeklyServingSchema = z.object({
  drinkKey: z.string().min(1).max(200),
  quantity: z.number().finite().min(0).max(1000),
});
export type OzeWeeklyServing = z.infer<typeof OzeWeeklyServingSchema>;

export type OzeRejectedReason = 'bad-quantity' | 'bad-timestamp' | 'bad-doses' | 'bad-day' | 'bad-line';

/** A line that does not have the documented shape, with what could be read of it. */
export interface OzeRejectedLine {
  readonly key: '@Drinks' | '@OwnDrinks' | '@Drinks-contexts' | '@GainPreviousDrinksPerWeek';
  readonly reason: OzeRejectedReason;
  readonly drinkKey?: string;
  readonly timestamp?: number;
  /** A `@Drinks-contexts` key. */
  readonly day?: string;
}

export interface OzeTransfer {
  readonly drinks: readonly OzeDrink[];
  /** Every own drink, deleted ones included (their past lines still count). */
  readonly ownDrinks: readonly OzeOwnDrink[];
  readonly contexts: readonly OzeDayContext[];
  /** `@Quizz_answers` as stored (answer keys), when it is an object. */
  readonly quizAnswers: Readonly<Record<string, unknown>> | null;
  /** `@Quizz_result` when it is one of Oz Ensemble's labels. */
  readonly quizResult: string | null;
  /** `@Gender` ('woman' / 'man'). */
  readonly gender: string | null;
  /** `@Age` when it is a bracket text, else the full AUDIT's age answer (`@QuizzEvaluateConso_answers.age`). */
  readonly ageBracket: string | null;
  /** `@GainPreviousDrinksPerWeek`; null when the key is absent. */
  readonly typicalWeek: readonly OzeWeeklyServing[] | null;
  readonly rejected: readonly OzeRejectedLine[];
  /** Keys present in the file that Oz does not import (named in the summary, never silently dropped). */
  readonly ignoredKeys: readonly string[];
}

const IMPORTED_KEYS = new Set([
  '@Drinks',
  '@OwnDrinks',
  '@Drinks-contexts',
  '@Quizz_answers',
  '@Quizz_result',
  '@Gender',
  '@Age',
  '@GainPreviousDrinksPerWeek',
]);

/** A stored value may be JSON text (older dumps) or already parsed. */
function parsedValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const REASON_OF_FIELD: Readonly<Record<string, OzeRejectedReason>> = {
  quantity: 'bad-quantity',
  timestamp: 'bad-timestamp',
  doses: 'bad-doses',
};

function rejection(key: OzeRejectedLine['key'], value: unknown, error: z.ZodError): OzeRejectedLine {
  const field = error.issues[0]?.path[0];
  const reason = (typeof field === 'string' ? REASON_OF_FIELD[field] : undefined) ?? 'bad-line';
  const record = isRecord(value) ? value : {};
  const drinkKey = typeof record['drinkKey'] === 'string' ? record['drinkKey'] : undefined;
  const timestamp = typeof record['timestamp'] === 'number' ? record['timestamp'] : undefined;
  return {
    key,
    reason,
    ...(drinkKey === undefined ? {} : { drinkKey }),
    ...(timestamp === undefined || !Number.isFinite(timestamp) ? {} : { timestamp }),
  };
}

function lines<T>(
  key: OzeRejectedLine['key'],
  schema: z.ZodType<T>,
  value: unknown,
  rejected: OzeRejectedLine[],
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    rejected.push({ key, reason: 'bad-line' });
    return [];
  }
  const items: T[] = [];
  for (const item of value) {
    const parsed = schema.safeParse(item);
    if (parsed.success) items.push(parsed.data);
    else rejected.push(rejection(key, item, parsed.error));
  }
  return items;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function contextsOf(value: unknown, rejected: OzeRejectedLine[]): OzeDayContext[] {
  if (value === undefined) return [];
  if (!isRecord(value)) {
    rejected.push({ key: '@Drinks-contexts', reason: 'bad-line' });
    return [];
  }
  const contexts: OzeDayContext[] = [];
  for (const [day, context] of Object.entries(value)) {
    const parsed = OzeDayContextSchema.safeParse(context);
    if (!ISO_DAY.test(day)) rejected.push({ key: '@Drinks-contexts', reason: 'bad-day', day });
    else if (!parsed.success) rejected.push({ key: '@Drinks-contexts', reason: 'bad-line', day });
    else contexts.push({ ...parsed.data, date: day });
  }
  return contexts;
}

function textOf(value: unknown): string | null {
  const parsed = parsedValue(value);
  return typeof parsed === 'string' && parsed.trim() !== '' ? parsed.trim() : null;
}

function ageBracketOf(record: Record<string, unknown>): string | null {
  const age = textOf(record['@Age']);
  if (age !== null) return age;
  const audit = parsedValue(record['@QuizzEvaluateConso_answers']);
  return isRecord(audit) ? textOf(audit['age']) : null;
}

/**
 * Reads an Oz Ensemble transfer file (already JSON-parsed).
 * @throws OzEnsembleFormatError when it is not an object or has no `@Drinks` diary.
 */
export function parseOzEnsembleTransfer(file: unknown): OzeTransfer {
  if (!isRecord(file)) {
    throw new OzEnsembleFormatError('not-an-object', 'An Oz Ensemble transfer file is a JSON object');
  }
  if (!('@Drinks' in file))
    throw new OzEnsembleFormatError('no-diary', 'No @Drinks key: not an Oz Ensemble diary');
  const rejected: OzeRejectedLine[] = [];
  const quizAnswers = parsedValue(file['@Quizz_answers']);
  const typicalWeek = parsedValue(file['@GainPreviousDrinksPerWeek']);
  return {
    drinks: lines('@Drinks', OzeDrinkSchema, parsedValue(file['@Drinks']), rejected),
    ownDrinks: lines('@OwnDrinks', OzeOwnDrinkSchema, parsedValue(file['@OwnDrinks']), rejected),
    contexts: contextsOf(parsedValue(file['@Drinks-contexts']), rejected),
    quizAnswers: isRecord(quizAnswers) ? quizAnswers : null,
    quizResult: textOf(file['@Quizz_result']),
    gender: textOf(file['@Gender']),
    ageBracket: ageBracketOf(file),
    typicalWeek:
      typicalWeek === undefined
        ? null
        : lines('@GainPreviousDrinksPerWeek', OzeWeeklyServingSchema, typicalWeek, rejected),
    rejected,
    ignoredKeys: Object.keys(file).filter((key) => !IMPORTED_KEYS.has(key)),
  };
}
