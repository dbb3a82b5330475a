import { createCraving, createMotivationState, createPlan, createRulerReading, isoDate } from '@oz/core';
import { BACKUP_VERSION } from '@oz/contracts';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../../test/renderApp.js';
import { deleteEverything } from '../../../storage/repositories.js';
import {
  allCravings,
  allPlans,
  allRulerReadings,
  getMotivation,
  saveCraving,
  saveMotivation,
  savePlan,
  saveRulerReading,
} from '../../../storage/support.js';
import { buildBackup, readBackup } from './backupFile.js';
import { applyMerge, planMerge } from './mergePlan.js';

const AT = '2026-11-20T10:00:00.000Z';

async function seedSupport(): Promise<void> {
  await saveCraving(
    createCraving({
      id: 'c1',
      date: isoDate('2026-11-19'),
      time: '19:00',
      intensity: 7,
      situation: 'party',
      feelings: ['stress'],
      helped: ['breathing'],
      drank: false,
      note: 'soirée',
      createdAt: AT,
      updatedAt: AT,
    }),
  );
  await savePlan(
    createPlan({
      id: 'p1',
      situation: 'party',
      ifText: '',
      thenText: 'je bois de l’eau',
      createdAt: AT,
      updatedAt: AT,
    }),
  );
  await saveMotivation(
    createMotivationState(
      {
        reasons: ['sleep'],
        ownWords: 'Pour moi',
        riskSituations: ['party'],
        balance: { gains: ['énergie'], costs: ['les apéros'] },
      },
      AT,
    ),
  );
  await saveRulerReading(
    createRulerReading({ id: 'r1', kind: 'confidence', value: 6, takenAt: AT, context: 'motivation' }),
  );
}

describe('backup of the support tools', () => {
  beforeEach(freshDatabase);

  it('exports cravings, plans, motivations and rulers, and restores them after « Tout effacer »', async () => {
    await seedSupport();
    const before = {
      cravings: await allCravings(),
      plans: await allPlans(),
      motivation: await getMotivation(),
      rulers: await allRulerReadings(),
    };
    const backup = await buildBackup('2026-11-21T10:00:00.000Z');
    expect(backup.version).toBe(BACKUP_VERSION);
    const text = JSON.stringify(backup);

    await deleteEverything();
    expect(await allCravings()).toEqual([]);
    expect((await getMotivation()).updatedAt).toBeNull();

    const read = readBackup(text);
    if (!read.ok) throw new Error(`backup refused: ${read.error.kind}`);
    const plan = await planMerge(read.data);
    expect(plan.counts.cravings).toEqual({ inFile: 1, added: 1 });
    expect(plan.counts.motivation).toEqual({ inFile: 1, added: 1 });
    await applyMerge(plan);

    expect(await allCravings()).toEqual(before.cravings);
    expect(await allPlans()).toEqual(before.plans);
    expect(await getMotivation()).toEqual(before.motivation);
    expect(await allRulerReadings()).toEqual(before.rulers);

    const again = await planMerge(read.data);
    expect(
      again.counts.cravings.added +
        again.counts.plans.added +
        again.counts.rulers.added +
        again.counts.motivation.added,
    ).toBe(0);
  });

  it('keeps the motivations already on the device when importing another file', async () => {
    await seedSupport();
    const text = JSON.stringify(await buildBackup('2026-11-21T10:00:00.000Z'));
    await saveMotivation(
      createMotivationState(
        { reasons: ['money'], ownWords: '', riskSituations: [], balance: { gains: [], costs: [] } },
        '2026-11-22T10:00:00.000Z',
      ),
    );
    const read = readBackup(text);
    if (!read.ok) throw new Error('refused');
    await applyMerge(await planMerge(read.data));
    expect((await getMotivation()).reasons).toEqual(['money']);
  });

  it('still reads a version 1 backup (before the support tools)', async () => {
    const v1 = JSON.parse(JSON.stringify(await buildBackup('2026-11-21T10:00:00.000Z'))) as {
      version: number;
      data: Record<string, unknown>;
    };
    v1.version = 1;
    delete v1.data['cravings'];
    delete v1.data['plans'];
    delete v1.data['motivation'];
    delete v1.data['rulers'];
    const read = readBackup(JSON.stringify(v1));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.data.cravings).toEqual([]);
  });
});
