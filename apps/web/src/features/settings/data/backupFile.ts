import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupEnvelopeSchema,
  BackupSchema,
  type Backup,
  type BackupCustomDrink,
  type BackupEntry,
  type BackupGoal,
} from '@oz/contracts';
import {
  abvPercent,
  euros,
  isoDate,
  kilocalories,
  millilitres,
  standardDrinkCount,
  type TypicalWeek,
} from '@oz/core';
import {
  allCustomDrinks,
  allDays,
  allEntries,
  allGoals,
  allScreenings,
  getPreferences,
} from '../../../storage/repositories.js';
import type { CustomDrinkRecord, DrinkEntryRecord, GoalRecord, Profile } from '../../../storage/types.js';
import type { ImportData } from './mergePlan.js';
import { programmeSections } from './programmesBackup.js';
import { readSupportSections, supportSections } from './supportBackup.js';
import { wellbeingSections } from './wellbeingBackup.js';

/** Everything on the device, as the versioned backup file (contracts/backup.ts). */
export async function buildBackup(exportedAt: string): Promise<Backup> {
  const [entries, days, screenings, goals, customDrinks, preferences, support, wellbeing, programmes] =
    await Promise.all([
      allEntries(),
      allDays(),
      allScreenings(),
      allGoals(),
      allCustomDrinks(),
      getPreferences(),
      supportSections(),
      wellbeingSections(),
      programmeSections(),
    ]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    data: {
      entries: entries.map((entry) => ({ ...entry })),
      days: days.map((day) => ({ ...day, tags: [...day.tags] })),
      screenings: screenings.map((result) => ({ ...result, answers: [...result.answers] })),
      goals: goals.map((goal) => ({ ...goal, drinkFreeWeekdays: [...goal.drinkFreeWeekdays] })),
      customDrinks: customDrinks.map((drink) => ({
        id: drink.id,
        label: drink.label,
        volumeMl: drink.volumeMl,
        abvPercent: drink.abvPercent,
        standardDrinks: drink.standardDrinks,
        kcal: drink.kcal,
        ...(drink.priceEuros === undefined ? {} : { priceEuros: drink.priceEuros }),
        createdAt: drink.createdAt,
      })),
      preferences: {
        locale: preferences.locale,
        profile: preferences.profile,
        typicalWeek: preferences.typicalWeek,
      },
      ...support,
      ...wellbeing,
      ...programmes,
    },
  };
}

export type BackupReadError =
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-a-backup' }
  | { readonly kind: 'newer-version'; readonly version: number }
  | { readonly kind: 'invalid'; readonly where: string };

function toEntry(entry: BackupEntry): DrinkEntryRecord {
  const { priceEuros, ...rest } = entry;
  return {
    ...rest,
    date: isoDate(entry.date),
    volumeMl: millilitres(entry.volumeMl),
    abvPercent: abvPercent(entry.abvPercent),
    standardDrinks: standardDrinkCount(entry.standardDrinks),
    kcal: kilocalories(entry.kcal),
    ...(priceEuros === undefined ? {} : { priceEuros: euros(priceEuros) }),
  };
}

function toCustomDrink(drink: BackupCustomDrink): CustomDrinkRecord {
  return {
    id: drink.id,
    category: 'custom',
    label: drink.label,
    volumeMl: millilitres(drink.volumeMl),
    abvPercent: abvPercent(drink.abvPercent),
    standardDrinks: standardDrinkCount(drink.standardDrinks),
    kcal: kilocalories(drink.kcal),
    ...(drink.priceEuros === undefined ? {} : { priceEuros: euros(drink.priceEuros) }),
    priceSource: 'person',
    custom: true,
    createdAt: drink.createdAt,
  };
}

function toGoal(goal: BackupGoal): GoalRecord {
  return {
    ...goal,
    maxStandardDrinksPerWeek: standardDrinkCount(goal.maxStandardDrinksPerWeek),
    maxStandardDrinksPerDrinkingDay: standardDrinkCount(goal.maxStandardDrinksPerDrinkingDay),
    startsOn: isoDate(goal.startsOn),
  };
}

function toTypicalWeek(
  week: { standardDrinks: number; kcal: number; euros: number } | null,
): TypicalWeek | undefined {
  if (week === null) return undefined;
  return {
    standardDrinks: standardDrinkCount(week.standardDrinks),
    kcal: kilocalories(week.kcal),
    euros: euros(week.euros),
  };
}

function toProfile(profile: Backup['data']['preferences']['profile']): Profile {
  const { pregnant, ...rest } = profile;
  return pregnant === undefined ? rest : { ...rest, pregnant };
}

/** Validates a backup file's text; never throws on bad input, says what is wrong instead. */
export function readBackup(
  text: string,
): { ok: true; data: ImportData } | { ok: false; error: BackupReadError } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
  const envelope = BackupEnvelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, error: { kind: 'not-a-backup' } };
  if (envelope.data.version > BACKUP_VERSION) {
    return { ok: false, error: { kind: 'newer-version', version: envelope.data.version } };
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, error: { kind: 'invalid', where } };
  }
  const { data } = parsed.data;
  const typicalWeek = toTypicalWeek(data.preferences.typicalWeek);
  return {
    ok: true,
    data: {
      entries: data.entries.map(toEntry),
      days: data.days.map((day) => ({ ...day, date: isoDate(day.date) })),
      screenings: data.screenings,
      goals: data.goals.map(toGoal),
      customDrinks: data.customDrinks.map(toCustomDrink),
      preferences: {
        profile: toProfile(data.preferences.profile),
        ...(typicalWeek === undefined ? {} : { typicalWeek }),
      },
      ...readSupportSections(data),
    },
  };
}
