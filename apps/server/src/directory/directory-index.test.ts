import { StructureSchema, StructureSearchResponseSchema } from '@oz/contracts';
import type { Place } from '@oz/contracts';
import { describe, expect, it } from 'vitest';
import { aStructure } from '../test-support/structure.fixture.js';
import { DirectoryIndex } from './directory-index.js';
import type { DirectoryQuery } from './directory-index.js';

const PARIS = { latitude: 48.8566, longitude: 2.3522 };
const PLACE: Place = { kind: 'coordinates', label: 'Position', ...PARIS };

function idsOf(index: DirectoryIndex, query: DirectoryQuery): string[] {
  return index.nearest(query).map((hit) => index.structureAt(hit.position).id);
}

describe('DirectoryIndex', () => {
  const index = DirectoryIndex.of(
    [
      aStructure({ id: 'curated-far', latitude: 43.6045, longitude: 1.444 }), // Toulouse, ~590 km
      aStructure({ id: 'curated-near', latitude: 48.86, longitude: 2.35 }),
      aStructure({
        id: 'curated-mid',
        latitude: 48.9362,
        longitude: 2.3574,
        type: 'cjc',
        publics: ['young'],
      }),
      aStructure({ id: 'curated-reunion', latitude: -20.8821, longitude: 55.4507, departement: '974' }),
    ],
    7,
  );

  it('ranks by distance, widening until the limit is met, the farthest included', () => {
    expect(idsOf(index, { center: PARIS, limit: 10 })).toEqual([
      'curated-near',
      'curated-mid',
      'curated-far',
      'curated-reunion',
    ]);
    expect(idsOf(index, { center: PARIS, limit: 2 })).toEqual(['curated-near', 'curated-mid']);
    expect(index.version).toBe(7);
    expect(index.size).toBe(4);
  });

  it('filters by type and by public', () => {
    expect(idsOf(index, { center: PARIS, limit: 10, types: ['cjc'] })).toEqual(['curated-mid']);
    expect(idsOf(index, { center: PARIS, limit: 10, types: ['cjc', 'csapa'] })).toHaveLength(4);
    expect(idsOf(index, { center: PARIS, limit: 10, publicServed: 'entourage' })).not.toContain(
      'curated-mid',
    );
    expect(idsOf(index, { center: PARIS, limit: 10, types: ['elsa'] })).toEqual([]);
  });

  it('ranks a structure taking no new people as if it were max(d + 10 km, 1.5 d) away, keeping its distance', () => {
    const penalised = DirectoryIndex.of(
      [
        aStructure({ id: 'curated-full', latitude: 48.861, longitude: 2.3522, acceptingNewPeople: false }),
        aStructure({ id: 'curated-open', latitude: 48.8836, longitude: 2.3522, acceptingNewPeople: true }),
        aStructure({ id: 'curated-far', latitude: 49.0366, longitude: 2.3522 }),
      ],
      1,
    );
    expect(idsOf(penalised, { center: PARIS, limit: 3 })).toEqual([
      'curated-open',
      'curated-full',
      'curated-far',
    ]);
    const [, full] = penalised.nearest({ center: PARIS, limit: 3 });
    expect(full?.distanceKm).toBeCloseTo(0.49, 2);
    expect(full?.rankKm).toBeCloseTo(10.49, 2);
  });

  it('prefers a nearer structure just outside the first box to a farther one inside the cells it scanned', () => {
    // The 10 km box around Paris is scanned through 0.1° cells reaching 16 km south but only 10.8 km east: a
    // structure 15 km south is found first, yet one 11 km east is nearer — the search must widen, not stop.
    const kmEast = 11 / (111.2 * Math.cos((PARIS.latitude * Math.PI) / 180));
    const edges = DirectoryIndex.of(
      [
        aStructure({ id: 'curated-east', latitude: PARIS.latitude, longitude: PARIS.longitude + kmEast }),
        aStructure({
          id: 'curated-south',
          latitude: PARIS.latitude - 15 / 111.2,
          longitude: PARIS.longitude,
        }),
      ],
      1,
    );
    expect(idsOf(edges, { center: PARIS, limit: 1 })).toEqual(['curated-east']);
  });

  it('breaks ties of equal distance by id', () => {
    const twins = DirectoryIndex.of(
      ['curated-b', 'curated-a', 'curated-c'].map((id) => aStructure({ id, ...PARIS })),
      1,
    );
    expect(idsOf(twins, { center: PARIS, limit: 2 })).toEqual(['curated-a', 'curated-b']);
  });

  it('searches around the antimeridian and near the poles by ranking everything', () => {
    const wide = DirectoryIndex.of(
      [
        aStructure({ id: 'curated-wallis', latitude: -13.28, longitude: -176.17 }),
        aStructure({ id: 'curated-fiji', latitude: -17.7, longitude: 178.0 }),
        aStructure({ id: 'curated-north', latitude: 89.5, longitude: 10 }),
      ],
      1,
    );
    expect(idsOf(wide, { center: { latitude: -14, longitude: 179.9 }, limit: 2 })).toEqual([
      'curated-wallis',
      'curated-fiji',
    ]);
    expect(idsOf(wide, { center: { latitude: 89.9, longitude: -170 }, limit: 1 })).toEqual(['curated-north']);
  });

  it('writes the whole answer as JSON that the response schema accepts, distances to one decimal', () => {
    const body: unknown = parsedBody(index.searchBody(PLACE, { center: PARIS, limit: 3 }));
    const parsed = StructureSearchResponseSchema.strict().parse(body);
    expect(parsed.place).toEqual(PLACE);
    expect(parsed.structures.map((structure) => structure.distanceKm)).toEqual([0.4, 8.9, 588.2]);
    expect(parsed.structures[0]).toEqual({
      ...aStructure({ id: 'curated-near', latitude: 48.86, longitude: 2.35 }),
      distanceKm: 0.4,
    });
    expect(parsed.coverage.totalStructures).toBe(4);
    expect(parsedBody(index.searchBody(PLACE, { center: PARIS, limit: 3, types: ['elsa'] }))).toMatchObject({
      structures: [],
    });
  });

  it('finds one structure by id, and lists them all in the order given', () => {
    expect(StructureSchema.parse(JSON.parse(index.structureJson('curated-mid') ?? 'null'))).toMatchObject({
      id: 'curated-mid',
      type: 'cjc',
    });
    expect(index.structureJson('curated-unknown')).toBeUndefined();
    const all = JSON.parse(index.structuresJson()) as { id: string }[];
    expect(all.map((structure) => structure.id)).toEqual([
      'curated-far',
      'curated-near',
      'curated-mid',
      'curated-reunion',
    ]);
  });

  it('answers an empty directory with no structures', () => {
    const empty = DirectoryIndex.of([], 1);
    expect(empty.nearest({ center: PARIS, limit: 20 })).toEqual([]);
    expect(parsedBody(empty.searchBody(PLACE, { center: PARIS, limit: 20 }))).toMatchObject({
      structures: [],
      coverage: { totalStructures: 0 },
    });
  });
});

function parsedBody(body: Buffer): unknown {
  return JSON.parse(body.toString('utf8'));
}
