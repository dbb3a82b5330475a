import { parseOzEnsembleTransfer } from '@oz/contracts';
import { isoDate, weekStart } from '@oz/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { anOzEnsembleTransfer } from '../../../../../test/fixtures/ozEnsemble.js';
import { freshDatabase } from '../../../../../test/renderApp.js';
import {
  allCustomDrinks,
  allEntries,
  allScreenings,
  getDay,
  getPreferences,
} from '../../../../storage/repositories.js';
import { buildBackup, readBackup } from '../backupFile.js';
import { applyMerge, planMerge } from '../mergePlan.js';
import { keptRecords } from './problems.js';
import { fromTransfer, type OzeImport } from './transfer.js';

function imported(overrides: Record<string, unknown> = {}): OzeImport {
  return fromTransfer(parseOzEnsembleTransfer(anOzEnsembleTransfer(overrides)), 'Europe/Paris');
}

function weekTotals(entries: readonly { date: string; standardDrinks: number }[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const entry of entries) {
    const week = weekStart(isoDate(entry.date));
    totals[week] = Math.round(((totals[week] ?? 0) + entry.standardDrinks) * 100) / 100;
  }
  return totals;
}

describe('Oz Ensemble transfer file → Oz', () => {
  it('imports own cocktails with their doses, whatever their volume text', () => {
    const { data } = imported();
    const mojito = data.entries.find((entry) => entry.label.fr === 'Cocktail Mojito');
    expect(mojito).toMatchObject({ date: '2026-10-09', time: '21:00', quantity: 2, volumeMl: 50 });
    expect(mojito?.standardDrinks).toBeCloseTo(3.2, 10);
    const spritz = data.entries.find((entry) => entry.label.fr === 'Cocktail Spritz');
    expect(spritz?.standardDrinks).toBeCloseTo(0.9, 10);
    expect(spritz?.priceEuros).toBe(8);
  });

  it('keeps the weekly totals Oz Ensemble showed (all but the lines it could not count itself)', () => {
    const { data } = imported();
    // 5 Oct: 2 + 1 + 1.3 + 3.2 + 0.9 + 1.6 (+ 1.2 of « Vin chaud » only if kept); 12 Oct: 2 + 1.9 + 2.
    expect(weekTotals(data.entries)).toEqual({ '2026-10-05': 10, '2026-10-12': 5.9 });
  });

  it('imports the lines of a deleted own drink, without putting it back in « Mes boissons »', () => {
    const { data } = imported();
    expect(data.entries.find((entry) => entry.label.fr === 'Bière de Noël')?.standardDrinks).toBeCloseTo(
      1.9,
      10,
    );
    expect(data.customDrinks.map((drink) => drink.label.fr).sort()).toEqual([
      'Cidre maison',
      'Cocktail Mojito',
      'Cocktail Spritz',
    ]);
  });

  it('names each unreadable line: day, drink and why; offers to keep those whose doses are known', () => {
    const { problems } = imported();
    expect(
      problems.map((problem) => [
        problem.drink,
        problem.reason,
        problem.detail,
        problem.dates,
        problem.lines,
      ]),
    ).toEqual([
      ['beer-pint', 'bad-quantity', null, ['2026-10-18'], 1],
      ['Vin chaud', 'unreadable-volume', '1 grand verre', ['2026-10-11'], 1],
      ['Cocktail maison', 'unknown-drink', null, ['2026-10-14'], 1],
    ]);
    const vinChaud = problems.find((problem) => problem.drink === 'Vin chaud');
    expect(vinChaud?.keep?.standardDrinksPerServing).toBe(1.2);
    expect(problems.find((problem) => problem.drink === 'Cocktail maison')?.keep).toBeNull();
    const kept = keptRecords(problems, new Set([vinChaud?.id ?? '']));
    expect(kept.entries.map((entry) => [entry.date, entry.standardDrinks])).toEqual([['2026-10-11', 1.2]]);
    expect(kept.customDrinks.map((drink) => drink.label.fr)).toEqual(['Vin chaud']);
    expect(keptRecords(problems, new Set()).entries).toEqual([]);
  });

  it('imports the day contexts: mood, tags (Oz’s own when they mean the same) and the private note', () => {
    const { data } = imported();
    const days = new Map(data.days.map((day) => [day.date, day]));
    expect(days.get(isoDate('2026-10-05'))).toMatchObject({
      drinkFree: false,
      mood: 'good',
      tags: ['friends', 'celebration', 'oze:withcloseones', 'oze:torelax'],
      note: 'Anniversaire de Léa, on est restés tard.',
    });
    expect(days.get(isoDate('2026-10-06'))).toMatchObject({ drinkFree: true, mood: 'neutral', tags: [] });
    expect(days.get(isoDate('2026-10-09'))).toMatchObject({
      mood: 'low',
      tags: ['alone', 'home', 'oze:afterwork', 'oze:toforget'],
    });
    expect(days.get(isoDate('2026-10-15'))).toMatchObject({ drinkFree: true, mood: null, note: '' });
  });

  it('shortens a note longer than Oz keeps, and says so', () => {
    const { data, problems } = imported({
      '@Drinks-contexts': { '2026-10-05': { note: 'a'.repeat(6000), context: [], emotion: '' } },
    });
    expect(data.days.find((day) => day.date === '2026-10-05')?.note).toHaveLength(5000);
    expect(problems.map((problem) => problem.reason)).toContain('note-shortened');
  });

  it('imports the age band, the typical week and the quick test with its points and own label', () => {
    const { data, facts } = imported();
    expect(data.preferences.profile).toEqual({ sex: 'female', ageBand: '25-64' });
    // 8 half-pints + 4 glasses of wine: 12 standard drinks, priced with Oz's catalogue.
    expect(data.preferences.typicalWeek?.standardDrinks).toBe(12);
    expect(data.preferences.typicalWeek?.euros).toBe(8 * 3.5 + 4 * 4);
    expect(data.screenings).toEqual([
      expect.objectContaining({
        instrument: 'oz-ensemble-audit-c',
        answers: [3, 0, 1],
        total: 4,
        sex: 'female',
        level: 'risk',
      }),
    ]);
    expect(facts.map((fact) => fact.kind)).toEqual(['age-band', 'typical-week', 'quick-test']);
  });

  it('says when an age bracket is too broad for Oz, and falls back to the full test’s answer', () => {
    expect(imported({ '@Age': '+45' }).facts).toContainEqual({ kind: 'age-unmapped', bracket: '+45' });
    const fromAudit = imported({ '@Age': undefined, '@QuizzEvaluateConso_answers': { age: '18-25' } });
    expect(fromAudit.data.preferences.profile).toEqual({ sex: 'female', ageBand: '18-24' });
  });

  it('lists the keys it does not import, never the ones it does', () => {
    const { ignoredKeys } = imported();
    expect(ignoredKeys).toEqual([
      '@UserIdv2',
      '@NumberOfVisits',
      '@StoredDetaileddrinksByWeekState',
      '@DaysWithGoalNoDrink',
      '@Defi1_ValidatedDays',
    ]);
  });
});

describe('Oz Ensemble transfer file → the device', () => {
  beforeEach(freshDatabase);

  it('writes everything once: a second import adds nothing', async () => {
    const reading = imported();
    await applyMerge(await planMerge(reading.data));
    expect(await allEntries()).toHaveLength(reading.data.entries.length);
    expect(await allScreenings()).toHaveLength(1);
    expect((await allCustomDrinks()).map((drink) => drink.label.fr).sort()).toEqual([
      'Cidre maison',
      'Cocktail Mojito',
      'Cocktail Spritz',
    ]);
    expect(await getDay(isoDate('2026-10-09'))).toMatchObject({
      mood: 'low',
      note: 'Journée difficile au travail.',
    });
    const preferences = await getPreferences();
    expect(preferences.profile).toEqual({ sex: 'female', ageBand: '25-64' });
    expect(preferences.typicalWeek?.standardDrinks).toBe(12);

    const again = await planMerge(imported().data);
    expect(again.counts.entries.added).toBe(0);
    expect(again.counts.days.added).toBe(0);
  });

  it('keeps everything it imported in the backup file', async () => {
    await applyMerge(await planMerge(imported().data));
    const read = readBackup(JSON.stringify(await buildBackup('2026-11-18T09:00:00.000Z')));
    if (!read.ok) throw new Error(`backup refused: ${read.error.kind}`);
    expect(read.data.days.find((day) => day.date === '2026-10-05')?.tags).toContain('oze:withcloseones');
    expect(read.data.screenings[0]).toMatchObject({ answers: [3, 0, 1], total: 4, level: 'risk' });
    expect(read.data.preferences.typicalWeek?.standardDrinks).toBe(12);
    expect(read.data.preferences.profile).toEqual({ sex: 'female', ageBand: '25-64' });
  });
});
