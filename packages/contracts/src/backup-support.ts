// Backup sections of the support tools (issue 10): cravings, « si… alors… » plans, motivations and
// 0–10 rulers. Same shapes as the web app's IndexedDB stores; bounds are those of @oz/core's validators.
import {
  COPING_STRATEGIES,
  CRAVING_INTENSITY_MAX,
  CRAVING_INTENSITY_MIN,
  EXTERNAL_SITUATIONS,
  INTERNAL_SITUATIONS,
  isIsoDate,
  MAX_BALANCE_ITEM_LENGTH,
  MAX_BALANCE_ITEMS,
  MAX_CRAVING_NOTE_LENGTH,
  MAX_OWN_WORDS_LENGTH,
  MAX_PLAN_TEXT_LENGTH,
  MAX_RULER_CONTEXT_LENGTH,
  MOTIVATIONS,
  RULER_KINDS,
  RULER_MAX,
  RULER_MIN,
} from '@oz/core';
import { z } from 'zod';

const Id = z.string().min(1).max(100);
const IsoDate = z.string().refine(isIsoDate, { message: 'expected a real YYYY-MM-DD day' });
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
const Instant = z.iso.datetime({ offset: true });
const Situation = z.enum([...EXTERNAL_SITUATIONS, ...INTERNAL_SITUATIONS]);

export const BackupCravingSchema = z.object({
  id: Id,
  date: IsoDate,
  time: Time,
  intensity: z.number().int().min(CRAVING_INTENSITY_MIN).max(CRAVING_INTENSITY_MAX),
  situation: z.enum(EXTERNAL_SITUATIONS).nullable(),
  feelings: z.array(z.enum(INTERNAL_SITUATIONS)).max(INTERNAL_SITUATIONS.length),
  helped: z.array(z.enum(COPING_STRATEGIES)).max(COPING_STRATEGIES.length),
  drank: z.boolean(),
  note: z.string().max(MAX_CRAVING_NOTE_LENGTH),
  createdAt: Instant,
  updatedAt: Instant,
});

export const BackupPlanSchema = z.object({
  id: Id,
  situation: Situation,
  ifText: z.string().max(MAX_PLAN_TEXT_LENGTH),
  thenText: z.string().min(1).max(MAX_PLAN_TEXT_LENGTH),
  createdAt: Instant,
  updatedAt: Instant,
});

const BalanceItems = z.array(z.string().min(1).max(MAX_BALANCE_ITEM_LENGTH)).max(MAX_BALANCE_ITEMS);

export const BackupMotivationSchema = z.object({
  reasons: z.array(z.enum(MOTIVATIONS)).max(MOTIVATIONS.length),
  ownWords: z.string().max(MAX_OWN_WORDS_LENGTH),
  riskSituations: z.array(Situation).max(EXTERNAL_SITUATIONS.length + INTERNAL_SITUATIONS.length),
  balance: z.object({ gains: BalanceItems, costs: BalanceItems }),
  updatedAt: Instant,
});

export const BackupRulerSchema = z.object({
  id: Id,
  kind: z.enum(RULER_KINDS),
  value: z.number().int().min(RULER_MIN).max(RULER_MAX),
  takenAt: Instant,
  context: z.string().min(1).max(MAX_RULER_CONTEXT_LENGTH),
});

/** Added in backup version 2; absent from version 1 files, so they default to "nothing". */
export const BackupSupportSections = {
  cravings: z.array(BackupCravingSchema).default([]),
  plans: z.array(BackupPlanSchema).default([]),
  motivation: BackupMotivationSchema.nullable().default(null),
  rulers: z.array(BackupRulerSchema).default([]),
};

export type BackupCraving = z.infer<typeof BackupCravingSchema>;
export type BackupPlan = z.infer<typeof BackupPlanSchema>;
export type BackupMotivation = z.infer<typeof BackupMotivationSchema>;
export type BackupRuler = z.infer<typeof BackupRulerSchema>;
