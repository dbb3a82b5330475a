// Backup section of the programmes (issue 10): one record per run, the same shape as the web app's
// IndexedDB store `programmeRuns`. Bounds come from @oz/core (ids, weeks, goal numbers).
import { isIsoDate, MAX_GOAL_STANDARD_DRINKS, PROGRAMME_IDS, REDUCTION_PROGRAMME_WEEKS } from '@oz/core';
import { z } from 'zod';

const IsoDate = z.string().refine(isIsoDate, { message: 'expected a real YYYY-MM-DD day' });
const Instant = z.iso.datetime({ offset: true });
/** Longer than any programme (the longest has 31 days), to keep old files readable if one grows. */
const MAX_PROGRAMME_DAYS = 366;

export const BackupProgrammeRunSchema = z.object({
  id: z.string().min(1).max(100),
  programmeId: z.enum(PROGRAMME_IDS),
  startedOn: IsoDate,
  startedAt: Instant,
  updatedAt: Instant,
  completed: z
    .array(z.object({ day: z.number().int().min(1).max(MAX_PROGRAMME_DAYS), on: IsoDate }))
    .max(MAX_PROGRAMME_DAYS),
  stoppedOn: IsoDate.optional(),
  baseline: z.number().finite().min(0).max(MAX_GOAL_STANDARD_DRINKS).optional(),
  weeklyGoals: z
    .array(
      z.object({
        week: z.number().int().min(1).max(REDUCTION_PROGRAMME_WEEKS),
        maxStandardDrinksPerWeek: z.number().finite().min(0).max(MAX_GOAL_STANDARD_DRINKS),
        setOn: IsoDate,
      }),
    )
    .max(MAX_PROGRAMME_DAYS),
});

/** Added in backup version 3; absent from older files, so they default to "no run". */
export const BackupProgrammeSections = {
  programmeRuns: z.array(BackupProgrammeRunSchema).default([]),
};

export type BackupProgrammeRun = z.infer<typeof BackupProgrammeRunSchema>;
