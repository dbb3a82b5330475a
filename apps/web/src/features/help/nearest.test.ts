import { describe, expect, it } from 'vitest';
import { aSnapshot, aStructure } from './help.fixture.js';
import { haversineKm } from '@oz/core';
import { nearestStructures, typesForSuggestion } from './nearest.js';

const PARIS = { latitude: 48.8566, longitude: 2.3522 };

describe('nearestStructures (offline search)', () => {
  const { structures } = aSnapshot();

  it('sorts by distance and rounds to 0.1 km', () => {
    const found = nearestStructures(structures, PARIS, { limit: 10 });
    expect(found.map((structure) => structure.id)).toEqual(['curated-idf-010', 'finess-310788070']);
    expect(found[0]?.distanceKm).toBe(Math.round(haversineKm(PARIS, structures[1] ?? PARIS) * 10) / 10);
  });

  it('filters by type and public, and honours the limit', () => {
    expect(nearestStructures(structures, PARIS, { limit: 1 })).toHaveLength(1);
    expect(nearestStructures(structures, PARIS, { limit: 10, types: ['cjc'] })).toEqual([]);
    expect(nearestStructures(structures, PARIS, { limit: 10, publicServed: 'young' })).toHaveLength(2);
  });
});

describe('nearestStructures: places taking no new people (same rule as the server)', () => {
  const at = (id: string, latitude: number, acceptingNewPeople: boolean | null) => {
    const { distanceKm: _distance, ...structure } = aStructure({
      id,
      latitude,
      longitude: PARIS.longitude,
      acceptingNewPeople,
      availabilityDeclaredAt: acceptingNewPeople === null ? null : '2026-11-20T09:30:00.000Z',
    });
    return structure;
  };

  it('puts them after accepting places at a similar distance, but not after far ones', () => {
    const structures = [at('full', 48.861, false), at('open', 48.8836, true), at('far', 49.0366, null)];
    const ids = nearestStructures(structures, PARIS, { limit: 10 }).map((structure) => structure.id);
    expect(ids).toEqual(['open', 'full', 'far']);
    expect(nearestStructures(structures, PARIS, { limit: 1 })[0]?.id).toBe('open');
    const bothFull = [at('full', 48.861, false), at('open', 48.8836, false), at('far', 49.0366, null)];
    expect(nearestStructures(bothFull, PARIS, { limit: 10 }).map((structure) => structure.id)).toEqual([
      'full',
      'open',
      'far',
    ]);
  });
});

describe('typesForSuggestion', () => {
  it('widens a CJC suggestion to CSAPA, which can direct young people to their CJC', () => {
    expect(typesForSuggestion('cjc')).toEqual(['cjc', 'csapa']);
    expect(typesForSuggestion('csapa')).toEqual(['csapa']);
  });
});
