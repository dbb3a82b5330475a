import type { MotivationState } from '@oz/core';

/*
 * The support tools' records (issue 10), stored as @oz/core validates them: cravings, « si… alors… » plans,
 * 0–10 ruler readings, and the person's motivations (one record). Plain JSON, copied as is into the backup
 * (packages/contracts/src/backup-support.ts).
 */
export type { CopingPlan, CravingRecord, RulerReading } from '@oz/core';

/** The single motivation record (key 'current'): replaced on each save. */
export interface MotivationRecord extends MotivationState {
  readonly key: 'current';
}
