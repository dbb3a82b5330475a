import { parseOzEnsembleCsv } from '@oz/contracts';
import { describe, expect, it } from 'vitest';
import { OZ_ENSEMBLE_CSV } from '../../../../../test/fixtures/ozEnsemble.js';
import { fromCsv } from './csv.js';
import { keptRecords } from './problems.js';

describe('Oz Ensemble e-mailed CSV → Oz', () => {
  it('reads every line with the doses Oz Ensemble counted, own cocktails included', () => {
    const imported = fromCsv(parseOzEnsembleCsv(OZ_ENSEMBLE_CSV));
    expect(
      imported.data.entries.map((entry) => [
        entry.date,
        entry.label.fr,
        entry.quantity,
        entry.standardDrinks,
      ]),
    ).toEqual([
      ['2025-03-10', 'beer', 2, 2],
      ['2025-03-12', 'Vin, rouge du pays (12%)', 1, 1],
      ['2025-03-13', 'Cocktail Mojito', 1, expect.closeTo(1.6, 10)],
    ]);
    expect(imported.data.days.map((day) => day.date)).toEqual(['2025-03-11']);
  });

  it('names the lines it cannot read and offers to keep the one whose doses it knows', () => {
    const imported = fromCsv(parseOzEnsembleCsv(OZ_ENSEMBLE_CSV));
    expect(imported.problems.map((problem) => [problem.drink, problem.reason, problem.dates])).toEqual([
      ['Vin chaud', 'unreadable-volume', ['2025-03-14']],
      [null, 'bad-line', []],
    ]);
    const [vinChaud] = imported.problems;
    expect(vinChaud?.keep?.standardDrinksPerServing).toBe(1.2);
    const kept = keptRecords(imported.problems, new Set([vinChaud?.id ?? '']));
    expect(kept.entries.map((entry) => [entry.date, entry.label.fr, entry.standardDrinks])).toEqual([
      ['2025-03-14', 'Vin chaud', expect.closeTo(1.2, 10)],
    ]);
  });

  it('gives the same ids on a second reading (a re-import adds nothing)', () => {
    const first = fromCsv(parseOzEnsembleCsv(OZ_ENSEMBLE_CSV));
    const second = fromCsv(parseOzEnsembleCsv(OZ_ENSEMBLE_CSV));
    expect(second.data.entries.map((entry) => entry.id)).toEqual(first.data.entries.map((entry) => entry.id));
  });
});
