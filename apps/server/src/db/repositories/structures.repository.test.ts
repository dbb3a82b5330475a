import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aStructureRecord } from '../../test-support/structure-record.fixture.js';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../../test-support/databases.js';
import type { OzDatabase } from '../database.js';
import { StructureProfilesRepository } from './structure-profiles.repository.js';
import { StructuresRepository } from './structures.repository.js';

const NOW = new Date('2026-11-24T10:00:00Z');
const LATER = new Date('2026-11-25T10:00:00Z');
const LOG = { source: 'curated', format: 'csv', fileName: 'test.csv', dataDate: null, rejected: 0 };
const PARIS = { latitude: 48.8566, longitude: 2.3522 };

describe.each(TEST_DATABASE_KINDS)('StructuresRepository on %s', (kind) => {
  let database: OzDatabase;
  let repository: StructuresRepository;
  let profiles: StructureProfilesRepository;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    repository = new StructuresRepository(database.db);
    profiles = new StructureProfilesRepository(database.db);
  });
  afterAll(() => database.destroy());
  beforeEach(async () => {
    await database.db.deleteFrom('structure_profiles').execute();
    await database.db.deleteFrom('structures').execute();
    await database.db.deleteFrom('structure_imports').execute();
  });

  it('upserts idempotently: a second identical import changes nothing', async () => {
    const records = [aStructureRecord({ sourceId: 'a' }), aStructureRecord({ sourceId: 'b' })];
    expect(await repository.importRecords(records, LOG, NOW)).toEqual({
      inserted: 2,
      updated: 0,
      unchanged: 0,
    });
    const versionBefore = await repository.directoryVersion();
    expect(await repository.importRecords(records, LOG, LATER)).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await repository.directoryVersion()).toBe(versionBefore);
    expect(await repository.listOpen()).toHaveLength(2);
    expect(await repository.countImports()).toBe(2);
  });

  it('updates a changed row in place, by source id, and moves the directory version', async () => {
    await repository.importRecords([aStructureRecord({ sourceId: 'a', phone: '0100000000' })], LOG, NOW);
    const versionBefore = await repository.directoryVersion();
    const counts = await repository.importRecords(
      [aStructureRecord({ sourceId: 'a', phone: '0200000000' })],
      LOG,
      LATER,
    );
    expect(counts).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect((await repository.findOpenById('curated-a'))?.phone).toBe('0200000000');
    expect(await repository.directoryVersion()).toBeGreaterThan(versionBefore);
  });

  it('writes nothing when one row of the import fails, the version included', async () => {
    await repository.importRecords([aStructureRecord({ sourceId: 'kept' })], LOG, NOW);
    const versionBefore = await repository.directoryVersion();
    const broken = { ...aStructureRecord({ sourceId: 'broken' }), name: null as unknown as string };
    const many = Array.from({ length: 250 }, (_, index) => aStructureRecord({ sourceId: `n${index}` }));
    await expect(repository.importRecords([...many, broken], LOG, LATER)).rejects.toThrow();
    expect((await repository.listOpen()).map((structure) => structure.id)).toEqual(['curated-kept']);
    expect(await repository.countImports()).toBe(1);
    expect(await repository.directoryVersion()).toBe(versionBefore);
  });

  it('finds the nearest open structures sorted by distance, hiding closed ones', async () => {
    await repository.importRecords(
      [
        aStructureRecord({ sourceId: 'far', latitude: 43.6045, longitude: 1.444 }), // Toulouse
        aStructureRecord({ sourceId: 'near', latitude: 48.86, longitude: 2.35 }),
        aStructureRecord({ sourceId: 'mid', latitude: 48.9362, longitude: 2.3574 }), // Saint-Denis
        aStructureRecord({ sourceId: 'closed', latitude: 48.8566, longitude: 2.3522, status: 'closed' }),
      ],
      LOG,
      NOW,
    );
    const found = await repository.findNearest({ center: PARIS, limit: 10 });
    expect(found.map((structure) => structure.id)).toEqual(['curated-near', 'curated-mid', 'curated-far']);
    expect(found[0]?.distanceKm).toBeLessThan(1);
    expect(found[2]?.distanceKm).toBeGreaterThan(580);
    expect(await repository.findOpenById('curated-closed')).toBeUndefined();
  });

  it('widens the search until the limit is met, and honours the limit', async () => {
    const ring = Array.from({ length: 30 }, (_, index) =>
      aStructureRecord({ sourceId: `r${index}`, latitude: 48.8566 + index * 0.05, longitude: 2.3522 }),
    );
    await repository.importRecords(ring, LOG, NOW);
    const found = await repository.findNearest({ center: PARIS, limit: 25 });
    expect(found).toHaveLength(25);
    expect(found.map((structure) => structure.id)).toEqual(
      ring.slice(0, 25).map((record) => `curated-${record.sourceId}`),
    );
    const distances = found.map((structure) => structure.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('filters by type and by public', async () => {
    await repository.importRecords(
      [
        aStructureRecord({ sourceId: 'csapa', type: 'csapa', publics: ['adults', 'young', 'entourage'] }),
        aStructureRecord({ sourceId: 'cjc', type: 'cjc', publics: ['young', 'entourage'], latitude: 48.9 }),
        aStructureRecord({ sourceId: 'caarud', type: 'caarud', publics: ['adults'], latitude: 48.95 }),
      ],
      LOG,
      NOW,
    );
    const ids = async (query: Parameters<StructuresRepository['findNearest']>[0]) =>
      (await repository.findNearest(query)).map((structure) => structure.id);
    expect(await ids({ center: PARIS, limit: 10, types: ['cjc', 'caarud'] })).toEqual([
      'curated-cjc',
      'curated-caarud',
    ]);
    expect(await ids({ center: PARIS, limit: 10, publicServed: 'young' })).toEqual([
      'curated-csapa',
      'curated-cjc',
    ]);
    expect(await ids({ center: PARIS, limit: 10, publicServed: 'adults', types: ['caarud'] })).toEqual([
      'curated-caarud',
    ]);
    expect(await ids({ center: PARIS, limit: 10, types: ['elsa'] })).toEqual([]);
  });

  describe('what structures on Oz declare (issue 5)', () => {
    const ids = (found: readonly { id: string }[]): string[] => found.map((structure) => structure.id);

    it('adds the declared wait, intake and date; nulls for structures not on Oz', async () => {
      await repository.importRecords(
        [aStructureRecord({ sourceId: 'on-oz' }), aStructureRecord({ sourceId: 'listed' })],
        LOG,
        NOW,
      );
      await profiles.upsert('curated-on-oz', { waitTimeDays: 21, acceptingNewPeople: false }, 'admin', LATER);
      expect(await repository.findOpenById('curated-on-oz')).toMatchObject({
        waitTimeDays: 21,
        acceptingNewPeople: false,
        availabilityDeclaredAt: LATER.toISOString(),
      });
      expect(await repository.findOpenById('curated-listed')).toMatchObject({
        waitTimeDays: null,
        acceptingNewPeople: null,
        availabilityDeclaredAt: null,
      });
      const listed = await repository.listOpen();
      expect(listed.map((structure) => structure.waitTimeDays)).toEqual([null, 21]);
    });

    it('reads back an empty declaration of publics as an empty list, not an error', async () => {
      await repository.importRecords([aStructureRecord({ sourceId: 'a' })], LOG, NOW);
      await profiles.upsert('curated-a', { publics: [] }, 'admin', LATER);
      expect((await profiles.find('curated-a'))?.publics).toEqual([]);
      await profiles.upsert('curated-a', { publics: null }, 'admin', LATER);
      expect((await profiles.find('curated-a'))?.publics).toBeNull();
    });

    it('uses the declared publics and hours instead of the imported ones, in results and filters', async () => {
      await repository.importRecords(
        [aStructureRecord({ sourceId: 'a', publics: ['adults'], openingHours: 'Lun 9h-17h' })],
        LOG,
        NOW,
      );
      expect(await repository.findNearest({ center: PARIS, limit: 5, publicServed: 'young' })).toEqual([]);
      await profiles.upsert(
        'curated-a',
        { publics: ['adults', 'young'], openingHours: 'Lun-Ven 9h-19h' },
        'admin',
        LATER,
      );
      const [found] = await repository.findNearest({ center: PARIS, limit: 5, publicServed: 'young' });
      expect(found).toMatchObject({ publics: ['adults', 'young'], openingHours: 'Lun-Ven 9h-19h' });
      expect(await repository.findNearest({ center: PARIS, limit: 5, publicServed: 'entourage' })).toEqual(
        [],
      );
    });

    it('lists a structure taking no new people after accepting ones at a similar distance, flagged', async () => {
      await repository.importRecords(
        [
          aStructureRecord({ sourceId: 'full', latitude: 48.861, longitude: 2.3522 }), // ~0.5 km
          aStructureRecord({ sourceId: 'open', latitude: 48.8836, longitude: 2.3522 }), // ~3 km
          aStructureRecord({ sourceId: 'far', latitude: 49.0366, longitude: 2.3522 }), // ~20 km
        ],
        LOG,
        NOW,
      );
      await profiles.upsert('curated-full', { acceptingNewPeople: false }, 'admin', LATER);
      const found = await repository.findNearest({ center: PARIS, limit: 10 });
      expect(ids(found)).toEqual(['curated-open', 'curated-full', 'curated-far']);
      expect(found[1]).toMatchObject({ acceptingNewPeople: false, distanceKm: 0.5 });
      // The nearest place that can see the person comes first, even when only one is asked for.
      expect(ids(await repository.findNearest({ center: PARIS, limit: 1 }))).toEqual(['curated-open']);
      // Beyond the band, distance wins: 0.5 km (full) before 20 km.
      await profiles.upsert('curated-open', { acceptingNewPeople: false }, 'admin', LATER);
      expect(ids(await repository.findNearest({ center: PARIS, limit: 10 }))).toEqual([
        'curated-full',
        'curated-open',
        'curated-far',
      ]);
    });

    it('moves the directory version when a structure joins Oz or changes its entry', async () => {
      await repository.importRecords([aStructureRecord({ sourceId: 'a' })], LOG, NOW);
      const before = await repository.directoryVersion();
      await profiles.upsert('curated-a', { waitTimeDays: 10 }, 'admin', LATER);
      const joined = await repository.directoryVersion();
      expect(joined).toBeGreaterThan(before);
      await profiles.upsert('curated-a', { acceptingNewPeople: false }, 'admin', LATER);
      expect(await repository.directoryVersion()).toBeGreaterThan(joined);
    });
  });
});
