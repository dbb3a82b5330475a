import type { IsoDate, ProgrammeId, ProgrammeRunState } from '@oz/core';
import { notifyChange } from './changes.js';
import { db } from './db.js';

/*
 * The person's programme runs (issue 10), IndexedDB store `programmeRuns` (schema step 6), one record per
 * run. The days done and the unlocking rule are @oz/core's (programmes/run.ts); this file only stores.
 * Nothing here leaves the device; the runs are part of the backup file (contracts backup-programmes.ts).
 */

/** A goal set on one of the programme's « set a goal » days (it is also saved as the person's goal). */
export interface ProgrammeWeeklyGoal {
  readonly week: number;
  readonly maxStandardDrinksPerWeek: number;
  readonly setOn: IsoDate;
}

export interface ProgrammeRunRecord extends ProgrammeRunState {
  readonly id: string;
  /** ISO instant (UTC) of the start: the questionnaire result before the run is the newest one before it. */
  readonly startedAt: string;
  readonly updatedAt: string;
  /** Standard drinks a week when the run started (recent diary weeks, else the typical week); unknown = absent. */
  readonly baseline?: number;
  readonly weeklyGoals: readonly ProgrammeWeeklyGoal[];
}

/** Newest start first. */
export async function allProgrammeRuns(): Promise<ProgrammeRunRecord[]> {
  const all = await (await db()).getAll('programmeRuns');
  return all.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** The run in progress or last run of a programme (newest start), if any. */
export async function latestRun(programmeId: ProgrammeId): Promise<ProgrammeRunRecord | undefined> {
  return (await allProgrammeRuns()).find((run) => run.programmeId === programmeId);
}

export async function saveProgrammeRun(run: ProgrammeRunRecord): Promise<void> {
  await (await db()).put('programmeRuns', run);
  notifyChange();
}
