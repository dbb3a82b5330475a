import { describe, expect, it } from 'vitest';
import { aSnapshot } from './help.fixture.js';
import { distanceKm, nearestStructures, typesForSuggestion } from './nearest.js';

const PARIS = { latitude: 48.8566, longitude: 2.3522 };

describe('nearestStructures (offline search)', () => {
  const { structures } = aSnapshot();

  it('sorts by distance and rounds to 0.1 km', () => {
    const found = nearestStructures(structures, PARIS, { limit: 10 });
    expect(found.map((structure) => structure.id)).toEqual(['curated-idf-010', 'finess-310788070']);
    expect(found[0]?.distanceKm).toBe(Math.round(distanceKm(PARIS, structures[1] ?? PARIS) * 10) / 10);
  });

  it('filters by type and public, and honours the limit', () => {
    expect(nearestStructures(structures, PARIS, { limit: 1 })).toHaveLength(1);
    expect(nearestStructures(structures, PARIS, { limit: 10, types: ['cjc'] })).toEqual([]);
    expect(nearestStructures(structures, PARIS, { limit: 10, publicServed: 'young' })).toHaveLength(2);
  });
});

describe('typesForSuggestion', () => {
  it('widens a CJC suggestion to CSAPA, which can direct young people to their CJC', () => {
    expect(typesForSuggestion('cjc')).toEqual(['cjc', 'csapa']);
    expect(typesForSuggestion('csapa')).toEqual(['csapa']);
  });
});
