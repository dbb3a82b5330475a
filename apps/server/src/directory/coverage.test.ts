import { describe, expect, it } from 'vitest';
import { aStructure } from '../test-support/structure.fixture.js';
import { coverageOf } from './coverage.js';

describe('coverageOf', () => {
  it('counts by département and by source, with the oldest and newest data dates', () => {
    expect(
      coverageOf([
        aStructure({ id: 'curated-p1', dataDate: '2013-07-01' }),
        aStructure({ id: 'curated-p2', dataDate: '2018-09-17' }),
        aStructure({ id: 'finess-310788070', source: 'finess', departement: '31', dataDate: '2026-08-10' }),
      ]),
    ).toEqual({
      totalStructures: 3,
      departements: [
        { code: '31', name: 'Haute-Garonne', structures: 1 },
        { code: '75', name: 'Paris', structures: 2 },
      ],
      sources: [
        { source: 'curated', structures: 2, oldestDataDate: '2013-07-01', newestDataDate: '2018-09-17' },
        { source: 'finess', structures: 1, oldestDataDate: '2026-08-10', newestDataDate: '2026-08-10' },
      ],
    });
  });

  it('orders Corsica and overseas codes by code, names unknown ones, and ignores missing dates', () => {
    const coverage = coverageOf([
      aStructure({ departement: '974', dataDate: null }),
      aStructure({ departement: '2B' }),
      aStructure({ departement: '2A', dataDate: null }),
      aStructure({ departement: null }),
      aStructure({ departement: '99' }),
    ]);
    expect(coverage.departements.map((entry) => [entry.code, entry.name])).toEqual([
      ['', 'Unknown'],
      ['2A', 'Corse-du-Sud'],
      ['2B', 'Haute-Corse'],
      ['974', 'La Réunion'],
      ['99', 'Unknown'],
    ]);
    expect(coverage.sources).toEqual([
      { source: 'curated', structures: 5, oldestDataDate: '2026-08-10', newestDataDate: '2026-08-10' },
    ]);
  });

  it('says nothing is covered for an empty directory', () => {
    expect(coverageOf([])).toEqual({ totalStructures: 0, departements: [], sources: [] });
  });
});
