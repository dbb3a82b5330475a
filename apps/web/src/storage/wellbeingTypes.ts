/*
 * Quality-of-life assessments (WHO-5 and the optional life domains) as @oz/core validates them, and the
 * badges the person has already been shown (issue 10). Plain JSON, copied as is into the backup
 * (packages/contracts/src/backup-wellbeing.ts). Badges themselves are never stored: they are recomputed
 * from the diary by @oz/core computeBadges.
 */
export type { WellbeingAssessment as WellbeingRecord } from '@oz/core';

/** A badge id (`<family>-<count>`, @oz/core BADGES) and when its "new badge" notice was seen. */
export interface BadgeView {
  readonly id: string;
  readonly seenAt: string;
}
