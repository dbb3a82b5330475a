import type { Backup, BackupProgrammeRun } from '@oz/contracts';
import { isoDate } from '@oz/core';
import { allProgrammeRuns, type ProgrammeRunRecord } from '../../../storage/programmes.js';

/** The programme runs of a backup file, as stored on this device (contracts backup-programmes.ts). */
export async function programmeSections(): Promise<Pick<Backup['data'], 'programmeRuns'>> {
  const runs = await allProgrammeRuns();
  return {
    programmeRuns: runs.map((run) => ({
      id: run.id,
      programmeId: run.programmeId,
      startedOn: run.startedOn,
      startedAt: run.startedAt,
      updatedAt: run.updatedAt,
      completed: run.completed.map((day) => ({ ...day })),
      ...(run.stoppedOn === undefined ? {} : { stoppedOn: run.stoppedOn }),
      ...(run.baseline === undefined ? {} : { baseline: run.baseline }),
      weeklyGoals: run.weeklyGoals.map((goal) => ({ ...goal })),
    })),
  };
}

function toRun(run: BackupProgrammeRun): ProgrammeRunRecord {
  return {
    id: run.id,
    programmeId: run.programmeId,
    startedOn: isoDate(run.startedOn),
    startedAt: run.startedAt,
    updatedAt: run.updatedAt,
    completed: run.completed.map((day) => ({ day: day.day, on: isoDate(day.on) })),
    ...(run.stoppedOn === undefined ? {} : { stoppedOn: isoDate(run.stoppedOn) }),
    ...(run.baseline === undefined ? {} : { baseline: run.baseline }),
    weeklyGoals: run.weeklyGoals.map((goal) => ({ ...goal, setOn: isoDate(goal.setOn) })),
  };
}

/** The programme runs of a validated backup, as the device stores them. */
export function readProgrammeSections(data: Backup['data']): readonly ProgrammeRunRecord[] {
  return data.programmeRuns.map(toRun);
}
