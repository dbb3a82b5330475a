// The person's backup file (JSON, versioned): a straight copy of what the web app keeps in IndexedDB.
// Validated on import; an unknown future version is refused with a readable error, never half-read.
import { DRINK_CATEGORIES, isIsoDate, MAX_ABV_PERCENT, MAX_VOLUME_ML, WEEKDAYS } from '@oz/core';
import { z } from 'zod';
import { BackupProgrammeSections } from './backup-programmes.js';
import { BackupSupportSections } from './backup-support.js';
import { BackupWellbeingSections } from './backup-wellbeing.js';

export const BACKUP_FORMAT = 'oz-backup';
/**
 * Bump on any change and keep a reader for every older version: an older Oz then refuses a newer file
 * with a clear message instead of silently dropping what it does not know.
 * 2: support tools (cravings, plans, motivation, rulers; backup-support.ts), absent = empty in version 1.
 * 3: quality of life and badges already seen (wellbeing, badgeViews; backup-wellbeing.ts), absent = empty before.
 * 4: programme runs (backup-programmes.ts), absent = empty in versions 1–3.
 */
export const BACKUP_VERSION = 4;
/** The oldest version this reader still accepts. */
export const OLDEST_BACKUP_VERSION = 1;

const IsoDate = z.string().refine(isIsoDate, { message: 'expected a real YYYY-MM-DD day' });
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
const Instant = z.iso.datetime({ offset: true });
const Label = z.object({ fr: z.string().min(1).max(200), en: z.string().min(1).max(200) });
const Amount = z.number().finite().min(0);

export const BackupEntrySchema = z.object({
  id: z.string().min(1).max(100),
  date: IsoDate,
  time: Time,
  drinkId: z.string().min(1).max(200),
  label: Label,
  category: z.enum(DRINK_CATEGORIES),
  volumeMl: z.number().finite().min(0).max(MAX_VOLUME_ML),
  abvPercent: z.number().finite().min(0).max(MAX_ABV_PERCENT),
  quantity: z.number().finite().positive().max(100),
  standardDrinks: Amount,
  kcal: Amount,
  priceEuros: Amount.optional(),
  createdAt: Instant,
  updatedAt: Instant,
  origin: z.enum(['oz', 'oz-ensemble']),
});

export const BackupDaySchema = z.object({
  date: IsoDate,
  drinkFree: z.boolean(),
  mood: z.enum(['very-good', 'good', 'neutral', 'low', 'very-low']).nullable(),
  tags: z.array(z.string().max(60)).max(50),
  note: z.string().max(5000),
  updatedAt: Instant,
});

export const BackupScreeningSchema = z.object({
  id: z.string().min(1).max(100),
  instrument: z.enum(['audit-c', 'audit', 'face', 'oz-ensemble-audit-c']),
  version: z.string().max(40),
  answers: z.array(z.number().int().min(0).max(10)).max(20),
  sex: z.enum(['female', 'male', 'unspecified']),
  total: z.number().int().min(0).max(40).nullable(),
  level: z.string().max(40),
  takenAt: Instant,
});

export const BackupGoalSchema = z.object({
  id: z.string().min(1).max(100),
  maxStandardDrinksPerWeek: Amount,
  maxStandardDrinksPerDrinkingDay: Amount,
  drinkFreeWeekdays: z.array(z.enum(WEEKDAYS)).max(7),
  startsOn: IsoDate,
  createdAt: Instant,
});

export const BackupCustomDrinkSchema = z.object({
  id: z.string().min(1).max(200),
  label: Label,
  volumeMl: z.number().finite().min(1).max(MAX_VOLUME_ML),
  abvPercent: z.number().finite().min(0).max(MAX_ABV_PERCENT),
  standardDrinks: Amount,
  kcal: Amount,
  priceEuros: Amount.optional(),
  createdAt: Instant,
});

export const BackupPreferencesSchema = z.object({
  locale: z.enum(['fr', 'en']),
  profile: z.object({
    sex: z.enum(['female', 'male', 'unspecified']),
    ageBand: z.enum(['under-18', '18-24', '25-64', '65-74', '75-plus']).nullable(),
    pregnant: z.boolean().optional(),
  }),
  typicalWeek: z.object({ standardDrinks: Amount, kcal: Amount, euros: Amount }).nullable(),
});

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(OLDEST_BACKUP_VERSION).max(BACKUP_VERSION),
  exportedAt: Instant,
  data: z.object({
    entries: z.array(BackupEntrySchema),
    days: z.array(BackupDaySchema),
    screenings: z.array(BackupScreeningSchema),
    goals: z.array(BackupGoalSchema),
    customDrinks: z.array(BackupCustomDrinkSchema),
    preferences: BackupPreferencesSchema,
    ...BackupSupportSections,
    ...BackupWellbeingSections,
    ...BackupProgrammeSections,
  }),
});

export type Backup = z.infer<typeof BackupSchema>;
export type BackupEntry = z.infer<typeof BackupEntrySchema>;
export type BackupDay = z.infer<typeof BackupDaySchema>;
export type BackupScreening = z.infer<typeof BackupScreeningSchema>;
export type BackupGoal = z.infer<typeof BackupGoalSchema>;
export type BackupCustomDrink = z.infer<typeof BackupCustomDrinkSchema>;

/** Reads the envelope first, so a file from a newer Oz gets a precise message rather than 50 issues. */
export const BackupEnvelopeSchema = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number().int() });
