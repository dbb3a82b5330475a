import { DRINKS, isoDate, standardDrinkCount, type Drink } from '@oz/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../../test/renderApp.js';
import {
  allEntries,
  deleteEverything,
  getDay,
  saveDay,
  saveEntry,
  saveGoal,
} from '../../../storage/repositories.js';
import { newEntry } from '../../diary/model.js';
import { buildBackup, readBackup } from './backupFile.js';
import { applyMerge, planMerge } from './mergePlan.js';

function catalogueDrink(id: string): Drink {
  const drink = DRINKS.find((candidate) => candidate.id === id);
  if (drink === undefined) throw new Error(`catalogue changed: ${id} missing`);
  return drink;
}

async function seedDiary(): Promise<void> {
  const beer = catalogueDrink('beer-half');
  await saveEntry(newEntry(beer, 2, isoDate('2026-11-02'), '19:00'));
  await saveEntry(newEntry(beer, 1, isoDate('2026-11-03'), '20:15'));
  await saveDay({
    date: isoDate('2026-11-04'),
    drinkFree: true,
    mood: 'good',
    tags: ['home'],
    note: 'Calme',
    updatedAt: '2026-11-04T20:00:00.000Z',
  });
  await saveGoal({
    id: 'g1',
    maxStandardDrinksPerWeek: standardDrinkCount(10),
    maxStandardDrinksPerDrinkingDay: standardDrinkCount(2),
    drinkFreeWeekdays: ['monday'],
    startsOn: isoDate('2026-11-02'),
    createdAt: '2026-11-02T08:00:00.000Z',
  });
}

describe('backup export → delete all → import', () => {
  beforeEach(freshDatabase);

  it('restores the same diary, and importing twice adds nothing', async () => {
    await seedDiary();
    const before = await allEntries();
    const text = JSON.stringify(await buildBackup('2026-11-05T10:00:00.000Z'));

    await deleteEverything();
    expect(await allEntries()).toHaveLength(0);

    const read = readBackup(text);
    if (!read.ok) throw new Error(`backup refused: ${read.error.kind}`);
    const plan = await planMerge(read.data);
    expect(plan.counts.entries).toEqual({ inFile: 2, added: 2 });
    await applyMerge(plan);

    expect(await allEntries()).toEqual(before);
    expect(await getDay(isoDate('2026-11-04'))).toMatchObject({ drinkFree: true, note: 'Calme' });
    const again = await planMerge(read.data);
    expect(again.counts.entries).toEqual({ inFile: 2, added: 0 });
  });

  it('says precisely why a file is refused', async () => {
    expect(readBackup('not json')).toEqual({ ok: false, error: { kind: 'not-json' } });
    expect(readBackup('{"hello":1}')).toEqual({ ok: false, error: { kind: 'not-a-backup' } });
    expect(readBackup('{"format":"oz-backup","version":99}')).toEqual({
      ok: false,
      error: { kind: 'newer-version', version: 99 },
    });
    const broken = JSON.parse(JSON.stringify(await buildBackup('2026-11-05T10:00:00.000Z'))) as {
      data: { entries: unknown[] };
    };
    broken.data.entries.push({ id: 'x', date: '2026-02-30' });
    const result = readBackup(JSON.stringify(broken));
    expect(result.ok).toBe(false);
  });
});
