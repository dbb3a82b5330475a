// Backup sections of the quality-of-life assessments and of the badges already seen (issue 10). Same shapes as
// the web app's IndexedDB stores; bounds are those of @oz/core's validators. Badges themselves are not in the
// file: they are recomputed from the diary after an import.
import type { QOL_DOMAINS } from '@oz/core';
import {
  isIsoDate,
  MAX_WELLBEING_CONTEXT_LENGTH,
  QOL_RATINGS,
  WHO5_ANSWER_MAX,
  WHO5_ANSWER_MIN,
  WHO5_ITEMS,
} from '@oz/core';
import { z } from 'zod';

const IsoDate = z.string().refine(isIsoDate, { message: 'expected a real YYYY-MM-DD day' });
const Instant = z.iso.datetime({ offset: true });
const Rating = z.enum(QOL_RATINGS);

export const BackupWellbeingSchema = z.object({
  id: z.string().min(1).max(100),
  date: IsoDate,
  takenAt: Instant,
  who5: z.array(z.number().int().min(WHO5_ANSWER_MIN).max(WHO5_ANSWER_MAX)).length(WHO5_ITEMS.length),
  domains: z
    .object({
      sleep: Rating.optional(),
      energy: Rating.optional(),
      relationships: Rating.optional(),
      work: Rating.optional(),
    } satisfies Record<(typeof QOL_DOMAINS)[number], z.ZodOptional<typeof Rating>>)
    .strict(),
  context: z.string().min(1).max(MAX_WELLBEING_CONTEXT_LENGTH),
});

export const BackupBadgeViewSchema = z.object({
  id: z.string().min(1).max(100),
  seenAt: Instant,
});

/** Added in backup version 3; absent from older files, so they default to "nothing". */
export const BackupWellbeingSections = {
  wellbeing: z.array(BackupWellbeingSchema).default([]),
  badgeViews: z.array(BackupBadgeViewSchema).default([]),
};

export type BackupWellbeing = z.infer<typeof BackupWellbeingSchema>;
export type BackupBadgeView = z.infer<typeof BackupBadgeViewSchema>;
