import {
  completeProgrammeDay,
  programmeProgress,
  PROGRAMME_LENGTHS,
  recentWeeklyAverage,
  startProgrammeRun,
  stopProgrammeRun,
  type IsoDate,
  type ProgrammeId,
  type ProgrammeProgress,
} from '@oz/core';
import { today } from '../../app/clock.js';
import { countUsageEvent } from '../../stats/usage.js';
import { useStored, type Loaded } from '../../storage/changes.js';
import { newId, nowIso } from '../../storage/ids.js';
import {
  allProgrammeRuns,
  saveProgrammeRun,
  type ProgrammeRunRecord,
  type ProgrammeWeeklyGoal,
} from '../../storage/programmes.js';
import { allDays, allEntries, getPreferences } from '../../storage/repositories.js';
import { diaryOf } from '../diary/model.js';

/*
 * The programme screens' reads and writes. The rules (which day is open, what to propose) are @oz/core's;
 * this file stores runs and reads the device (diary, typical week) for the baseline.
 */

/** A run with where it stands today. */
export interface RunView {
  readonly run: ProgrammeRunRecord;
  readonly progress: ProgrammeProgress;
}

function viewOf(run: ProgrammeRunRecord, on: IsoDate): RunView {
  return { run, progress: programmeProgress(run, PROGRAMME_LENGTHS[run.programmeId], on) };
}

/** The newest run of each programme, with its progress today. */
export async function loadLatestRuns(): Promise<Partial<Record<ProgrammeId, RunView>>> {
  const now = today();
  const latest: Partial<Record<ProgrammeId, RunView>> = {};
  // allProgrammeRuns is newest first: keep the first of each programme.
  for (const run of await allProgrammeRuns()) latest[run.programmeId] ??= viewOf(run, now);
  return latest;
}

export function useLatestRuns(): Loaded<Partial<Record<ProgrammeId, RunView>>> {
  return useStored(loadLatestRuns, 'programme-runs');
}

export function useLatestRun(programmeId: ProgrammeId): Loaded<RunView | undefined> {
  return useStored(async () => (await loadLatestRuns())[programmeId], `programme-run:${programmeId}`);
}

/**
 * Standard drinks a week before the run: the recent complete diary weeks (@oz/core recentWeeklyAverage,
 * the same reading as the safety gate), else the person's own typical week; undefined when unknown.
 */
export async function loadBaseline(): Promise<number | undefined> {
  const [entries, days, preferences] = await Promise.all([allEntries(), allDays(), getPreferences()]);
  return (
    recentWeeklyAverage(diaryOf(entries, days), today()) ??
    preferences.typicalWeek?.standardDrinks ??
    undefined
  );
}

/** Starts a new run today (a previous run of the same programme stays in the history). */
export async function startRun(programmeId: ProgrammeId): Promise<ProgrammeRunRecord> {
  const baseline = await loadBaseline();
  const at = nowIso();
  const run: ProgrammeRunRecord = {
    ...startProgrammeRun(programmeId, today()),
    id: newId(),
    startedAt: at,
    updatedAt: at,
    ...(baseline === undefined ? {} : { baseline }),
    weeklyGoals: [],
  };
  await saveProgrammeRun(run);
  // Anonymous count for the impact table (issue 12), only if the person agreed (stats/usage.ts decides).
  void countUsageEvent({ metric: 'programme-started', dimension: programmeId });
  return run;
}

/** Marks `day` done today. @throws ProgrammeRunError (core) when it is not open. */
export async function completeDay(run: ProgrammeRunRecord, day: number): Promise<ProgrammeRunRecord> {
  const total = PROGRAMME_LENGTHS[run.programmeId];
  const next: ProgrammeRunRecord = {
    ...run,
    ...completeProgrammeDay(run, total, day, today()),
    updatedAt: nowIso(),
  };
  await saveProgrammeRun(next);
  if (next.completed.length === total) {
    void countUsageEvent({ metric: 'programme-finished', dimension: run.programmeId });
  }
  return next;
}

export async function stopRun(run: ProgrammeRunRecord): Promise<void> {
  await saveProgrammeRun({ ...run, ...stopProgrammeRun(run, today()), updatedAt: nowIso() });
}

/** Keeps the goal chosen on a « set a goal » day with the run (the goal itself is saved as the person's goal). */
export async function recordWeeklyGoal(run: ProgrammeRunRecord, goal: ProgrammeWeeklyGoal): Promise<void> {
  const others = run.weeklyGoals.filter((existing) => existing.week !== goal.week);
  await saveProgrammeRun({
    ...run,
    weeklyGoals: [...others, goal].sort((a, b) => a.week - b.week),
    updatedAt: nowIso(),
  });
}
