// The in-memory index must answer exactly what the SQL search answers (the database is the source of truth):
// same structures, same order, same distances, for random directories — closed structures, structures on Oz
// taking no new people, declared publics, and many exact ties (structures sharing a point, searches from a
// structure's own point) — and random searches (filters, limits). On SQLite, and PostgreSQL when configured.
import { PUBLICS, STRUCTURE_TYPES } from '@oz/contracts';
import type { Public, StructureType } from '@oz/contracts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OzDatabase } from '../db/database.js';
import { StructureProfilesRepository } from '../db/repositories/structure-profiles.repository.js';
import { StructuresRepository } from '../db/repositories/structures.repository.js';
import type { LatLon } from '@oz/core';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../test-support/databases.js';
import { aStructureRecord } from '../test-support/structure-record.fixture.js';
import { StructureSearchResponseSchema } from '@oz/contracts';
import { DirectoryIndex } from './directory-index.js';
import type { DirectoryQuery } from './directory-index.js';

const NOW = new Date('2026-11-24T10:00:00Z');
const LOG = { source: 'curated', format: 'csv', fileName: 'p.csv', dataDate: null, rejected: 0 };

/** A few shared points (exact ties), spots of mainland France, Corsica and Réunion (the widest boxes). */
const ANCHORS: readonly LatLon[] = [
  { latitude: 48.8566, longitude: 2.3522 },
  { latitude: 48.8566, longitude: 2.3522 },
  { latitude: 45.764, longitude: 4.8357 },
  { latitude: 43.2965, longitude: 5.3698 },
  { latitude: 41.9192, longitude: 8.7386 },
  { latitude: -20.8821, longitude: 55.4507 },
];

const pointArb: fc.Arbitrary<LatLon> = fc.oneof(
  fc.constantFrom(...ANCHORS),
  fc.record({
    latitude: fc.double({ min: 41, max: 51.5, noNaN: true }),
    longitude: fc.double({ min: -5.5, max: 9.6, noNaN: true }),
  }),
  // Within ~20 km of an anchor: around the first boxes' edges, where a point in a box's corner lies farther
  // than one just outside the box.
  fc
    .tuple(
      fc.constantFrom(...ANCHORS),
      fc.double({ min: -0.2, max: 0.2, noNaN: true }),
      fc.double({ min: -0.3, max: 0.3, noNaN: true }),
    )
    .map(([anchor, dLat, dLon]) => ({
      latitude: anchor.latitude + dLat,
      longitude: anchor.longitude + dLon,
    })),
  // 1 to 40 km from an anchor in any direction: around the first circles and the edges of their boxes.
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...ANCHORS),
        fc.double({ min: 1, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
      )
      .map(([anchor, km, angle]) => ({
        latitude: anchor.latitude + (km * Math.cos(angle)) / 111.2,
        longitude:
          anchor.longitude + (km * Math.sin(angle)) / (111.2 * Math.cos((anchor.latitude * Math.PI) / 180)),
      })),
  },
);

const publicsArb = fc.subarray([...PUBLICS]);

interface GeneratedStructure {
  point: LatLon;
  type: StructureType;
  publics: Public[];
  closed: boolean;
  declared?: { acceptingNewPeople: boolean; publics: Public[] | null; waitTimeDays: number | null };
}

const structureArb: fc.Arbitrary<GeneratedStructure> = fc.record(
  {
    point: pointArb,
    type: fc.constantFrom(...STRUCTURE_TYPES),
    publics: publicsArb,
    closed: fc.boolean(),
    declared: fc.record({
      acceptingNewPeople: fc.boolean(),
      publics: fc.option(publicsArb, { nil: null }),
      waitTimeDays: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
    }),
  },
  { requiredKeys: ['point', 'type', 'publics', 'closed'] },
);

const queryArb: fc.Arbitrary<DirectoryQuery> = fc.record(
  {
    center: fc.oneof(fc.constantFrom(...ANCHORS), pointArb),
    types: fc.subarray([...STRUCTURE_TYPES], { minLength: 1, maxLength: 3 }),
    publicServed: fc.constantFrom(...PUBLICS),
    limit: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 25 })),
  },
  { requiredKeys: ['center', 'limit'] },
);

describe.each(TEST_DATABASE_KINDS)('the in-memory index answers like the SQL search (%s)', (kind) => {
  let database: OzDatabase;
  let structures: StructuresRepository;
  let profiles: StructureProfilesRepository;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    structures = new StructuresRepository(database.db);
    profiles = new StructureProfilesRepository(database.db);
  });
  afterAll(() => database.destroy());

  async function store(generated: readonly GeneratedStructure[]): Promise<void> {
    await database.db.deleteFrom('structure_profiles').execute();
    await database.db.deleteFrom('structures').execute();
    const records = generated.map((structure, index) =>
      aStructureRecord({
        // Ids of different lengths and cases, so ties exercise the id order.
        sourceId: `${index % 3 === 0 ? 'A' : 'b'}${index}`,
        type: structure.type,
        publics: structure.publics,
        status: structure.closed ? 'closed' : 'open',
        ...structure.point,
      }),
    );
    await structures.importRecords(records, LOG, NOW);
    for (const [index, structure] of generated.entries()) {
      const record = records[index];
      if (structure.declared === undefined || record === undefined) continue;
      await profiles.upsert(`curated-${record.sourceId}`, structure.declared, 'admin', NOW);
    }
  }

  it('for random directories and searches', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(structureArb, { maxLength: 40 }),
        fc.array(queryArb, { minLength: 1, maxLength: 6 }),
        async (generated, queries) => {
          await store(generated);
          const index = DirectoryIndex.of(await structures.listOpen(), await structures.directoryVersion());
          for (const query of queries) {
            // The very answer the route sends, parsed against the response schema.
            const place = { kind: 'coordinates' as const, label: 'Position', ...query.center };
            const answer = StructureSearchResponseSchema.parse(
              JSON.parse(index.searchBody(place, query).toString('utf8')),
            );
            expect(answer.structures).toEqual(await structures.findNearest(query));
          }
        },
      ),
      { numRuns: kind === 'sqlite' ? 60 : 25 },
    );
  });
});
