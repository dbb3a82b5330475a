import { BACKUP_VERSION } from '@oz/contracts';
import { isoDate } from '@oz/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../../test/renderApp.js';
import { allProgrammeRuns, saveProgrammeRun, type ProgrammeRunRecord } from '../../../storage/programmes.js';
import { deleteEverything } from '../../../storage/repositories.js';
import { buildBackup, readBackup } from './backupFile.js';
import { applyMerge, planMerge } from './mergePlan.js';

const RUNS: readonly ProgrammeRunRecord[] = [
  {
    id: 'run-reduce',
    programmeId: 'reduire-28-jours',
    startedOn: isoDate('2026-11-02'),
    startedAt: '2026-11-02T08:00:00.000Z',
    updatedAt: '2026-11-10T08:00:00.000Z',
    completed: [
      { day: 1, on: isoDate('2026-11-02') },
      { day: 2, on: isoDate('2026-11-05') },
    ],
    baseline: 20,
    weeklyGoals: [{ week: 1, maxStandardDrinksPerWeek: 18, setOn: isoDate('2026-11-02') }],
  },
  {
    id: 'run-first-steps',
    programmeId: 'premiers-pas',
    startedOn: isoDate('2026-10-01'),
    startedAt: '2026-10-01T08:00:00.000Z',
    updatedAt: '2026-10-03T08:00:00.000Z',
    completed: [{ day: 1, on: isoDate('2026-10-01') }],
    stoppedOn: isoDate('2026-10-03'),
    weeklyGoals: [],
  },
];

describe('backup of the programme runs', () => {
  beforeEach(freshDatabase);

  it('exports the runs and restores them after « Tout effacer », once', async () => {
    for (const run of RUNS) await saveProgrammeRun(run);
    const backup = await buildBackup('2026-11-21T10:00:00.000Z');
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(backup.data.programmeRuns).toHaveLength(2);
    const text = JSON.stringify(backup);

    await deleteEverything();
    expect(await allProgrammeRuns()).toEqual([]);

    const read = readBackup(text);
    if (!read.ok) throw new Error(`backup refused: ${read.error.kind}`);
    const plan = await planMerge(read.data);
    expect(plan.counts.programmeRuns).toEqual({ inFile: 2, added: 2 });
    await applyMerge(plan);
    expect(await allProgrammeRuns()).toEqual(RUNS);

    expect((await planMerge(read.data)).counts.programmeRuns).toEqual({ inFile: 2, added: 0 });
  });

  it('reads a version 3 file (before the programmes) as having no run', async () => {
    const v2 = JSON.parse(JSON.stringify(await buildBackup('2026-11-21T10:00:00.000Z'))) as {
      version: number;
      data: Record<string, unknown>;
    };
    v2.version = 3;
    delete v2.data['programmeRuns'];
    const read = readBackup(JSON.stringify(v2));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.data.programmeRuns).toEqual([]);
  });

  it('refuses a run of an unknown programme with a readable place', async () => {
    const backup = JSON.parse(JSON.stringify(await buildBackup('2026-11-21T10:00:00.000Z'))) as {
      data: { programmeRuns: unknown[] };
    };
    backup.data.programmeRuns = [{ ...RUNS[0], programmeId: 'dry-forever' }];
    const read = readBackup(JSON.stringify(backup));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toEqual({ kind: 'invalid', where: 'data.programmeRuns.0.programmeId' });
  });
});
