import { createWellbeingAssessment } from '@oz/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../../test/renderApp.js';
import { deleteEverything } from '../../../storage/repositories.js';
import {
  allBadgeViews,
  allWellbeingAssessments,
  markBadgesSeen,
  saveWellbeingAssessment,
} from '../../../storage/wellbeing.js';
import { buildBackup, readBackup } from './backupFile.js';
import { applyMerge, planMerge } from './mergePlan.js';

const AT = '2026-11-20T10:00:00.000Z';

async function seed(): Promise<void> {
  await saveWellbeingAssessment(
    createWellbeingAssessment({
      id: 'w1',
      date: '2026-10-20',
      takenAt: '2026-10-20T10:00:00.000Z',
      who5: [2, 2, 2, 2, 2],
      context: 'start',
    }),
  );
  await saveWellbeingAssessment(
    createWellbeingAssessment({
      id: 'w2',
      date: '2026-11-20',
      takenAt: AT,
      who5: [3, 4, 3, 3, 4],
      domains: { sleep: 'good', relationships: 'fair' },
      context: 'check-in',
    }),
  );
  await markBadgesSeen(['drink-free-days-1', 'diary-streak-3'], AT);
}

describe('backup of quality of life and badges seen', () => {
  beforeEach(freshDatabase);

  it('exports assessments and badges seen, and restores them after « Tout effacer »', async () => {
    await seed();
    const before = { wellbeing: await allWellbeingAssessments(), badgeViews: await allBadgeViews() };
    const text = JSON.stringify(await buildBackup('2026-11-21T10:00:00.000Z'));

    await deleteEverything();
    expect(await allWellbeingAssessments()).toEqual([]);

    const read = readBackup(text);
    if (!read.ok) throw new Error(`backup refused: ${read.error.kind}`);
    const plan = await planMerge(read.data);
    expect(plan.counts.wellbeing).toEqual({ inFile: 2, added: 2 });
    expect(plan.counts.badgeViews).toEqual({ inFile: 2, added: 2 });
    await applyMerge(plan);

    expect(await allWellbeingAssessments()).toEqual(before.wellbeing);
    expect(await allBadgeViews()).toEqual(before.badgeViews);
    const again = await planMerge(read.data);
    expect(again.counts.wellbeing.added + again.counts.badgeViews.added).toBe(0);
  });

  it('keeps the day a badge was first seen', async () => {
    await markBadgesSeen(['drink-free-days-1'], AT);
    await markBadgesSeen(['drink-free-days-1', 'drink-free-days-3'], '2026-11-25T10:00:00.000Z');
    expect(await allBadgeViews()).toEqual([
      { id: 'drink-free-days-1', seenAt: AT },
      { id: 'drink-free-days-3', seenAt: '2026-11-25T10:00:00.000Z' },
    ]);
  });

  it('still reads a version 2 backup (before quality of life)', async () => {
    const v2 = JSON.parse(JSON.stringify(await buildBackup(AT))) as {
      version: number;
      data: Record<string, unknown>;
    };
    v2.version = 2;
    delete v2.data['wellbeing'];
    delete v2.data['badgeViews'];
    const read = readBackup(JSON.stringify(v2));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.data.wellbeing).toEqual([]);
  });
});
