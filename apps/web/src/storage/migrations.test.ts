import { createCraving, createRulerReading, createWellbeingAssessment, isoDate } from '@oz/core';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openOzDb } from './db.js';
import { migrate } from './migrations.js';
import { ALL_STORES, DB_VERSION, type OzSchema } from './schema.js';

/** Writes a database exactly as version 1 of the app left it (entries, screenings, settings). */
async function createVersion1(name: string): Promise<void> {
  const v1 = await openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore('entries', { keyPath: 'id' });
      database.createObjectStore('screenings', { keyPath: 'id' });
      database.createObjectStore('settings', { keyPath: 'key' });
    },
  });
  await v1.put('entries', { id: 'e1', date: '2026-11-02', time: '19:30', drinkId: 'beer-half', quantity: 2 });
  await v1.put('entries', {
    id: 'e2',
    date: '2026-11-03',
    time: '12:00',
    drinkId: 'wine-glass',
    quantity: 1,
  });
  await v1.put('screenings', {
    id: 's1',
    instrument: 'audit-c',
    total: 5,
    level: 'misuse',
    takenAt: '2026-11-01T10:00:00.000Z',
  });
  await v1.put('settings', { key: 'preferences', value: { locale: 'en', onboardingDone: true } });
  v1.close();
}

describe('IndexedDB migrations', () => {
  it('upgrades a version-1 database to the current version without losing anything', async () => {
    const name = `migration-${String(Date.now())}`;
    await createVersion1(name);

    const database = await openOzDb(name);

    expect(database.version).toBe(DB_VERSION);
    expect((await database.getAll('entries')).map((entry) => entry.id).sort()).toEqual(['e1', 'e2']);
    expect(await database.get('screenings', 's1')).toMatchObject({ total: 5, level: 'misuse' });
    expect((await database.get('settings', 'preferences'))?.value).toMatchObject({ locale: 'en' });
    database.close();
  });

  it('indexes the old entries by day and creates the stores added later', async () => {
    const name = `migration-index-${String(Date.now())}`;
    await createVersion1(name);

    const database = await openOzDb(name);

    const onNov3 = await database.getAllFromIndex('entries', 'by-date', '2026-11-03');
    expect(onNov3.map((entry) => entry.id)).toEqual(['e2']);
    expect([...database.objectStoreNames]).toEqual(expect.arrayContaining(['customDrinks', 'days', 'goals']));
    expect(await database.count('days')).toBe(0);
    database.close();
  });

  it('creates the full schema on a first visit', async () => {
    const database = await openOzDb(`fresh-${String(Date.now())}`);
    expect(database.version).toBe(DB_VERSION);
    expect([...database.objectStoreNames].sort()).toEqual([...ALL_STORES].sort());
    database.close();
  });

  it('upgrades a version-3 database (issue 5) by adding the reminders store, keeping the rest', async () => {
    const name = `migration-v3-${String(Date.now())}`;
    // The schema exactly as version 3 of the app left it: the real steps 1–3.
    const v3 = await openDB<OzSchema>(name, 3, {
      upgrade(database, oldVersion, _newVersion, transaction) {
        migrate(database, oldVersion, 3, transaction);
      },
    });
    await v3.put('shares', {
      id: 'share-1',
      shareToken: 'token',
      structure: { id: 'curated-a', name: 'CSAPA' },
      linkedAt: '2026-11-01T10:00:00.000Z',
      scopes: ['diary'],
      lastUploadedAt: null,
      revokeRequestedAt: null,
    });
    v3.close();

    const database = await openOzDb(name);

    expect(database.version).toBe(DB_VERSION);
    expect(await database.get('shares', 'share-1')).toMatchObject({ shareToken: 'token' });
    expect(database.objectStoreNames.contains('reminders')).toBe(true);
    expect(await database.count('reminders')).toBe(0);
    database.close();
  });

  it('upgrades a version-4 database to version 5: support stores added, nothing lost', async () => {
    const name = `migration-v4-${String(Date.now())}`;
    const v4 = await openDB<OzSchema>(name, 4, {
      upgrade(database, oldVersion, _newVersion, tx) {
        migrate(database, oldVersion, 4, tx);
      },
    });
    await v4.put('days', {
      date: isoDate('2026-11-02'),
      drinkFree: false,
      mood: 'low',
      tags: ['party'],
      note: '',
      updatedAt: '2026-11-02T20:00:00.000Z',
    });
    v4.close();

    const database = await openOzDb(name);

    expect(database.version).toBe(DB_VERSION);
    expect(await database.get('days', '2026-11-02')).toMatchObject({ tags: ['party'] });
    expect(database.objectStoreNames.contains('reminders')).toBe(true);
    expect([...database.objectStoreNames]).toEqual(
      expect.arrayContaining(['cravings', 'plans', 'motivation', 'rulers']),
    );
    const at = '2026-11-03T17:00:00.000Z';
    await database.put(
      'cravings',
      createCraving({
        id: 'c1',
        date: isoDate('2026-11-03'),
        time: '18:00',
        intensity: 7,
        situation: 'party',
        feelings: [],
        helped: [],
        drank: false,
        note: '',
        createdAt: at,
        updatedAt: at,
      }),
    );
    expect((await database.getAllFromIndex('cravings', 'by-date', '2026-11-03')).map((c) => c.id)).toEqual([
      'c1',
    ]);
    database.close();
  });

  it('upgrades a version-5 database to version 6: wellbeing and badgeViews added, support data kept', async () => {
    const name = `migration-v5-${String(Date.now())}`;
    const v5 = await openDB<OzSchema>(name, 5, {
      upgrade(database, oldVersion, _newVersion, tx) {
        migrate(database, oldVersion, 5, tx);
      },
    });
    await v5.put('rulers', {
      id: 'r1',
      kind: 'confidence',
      value: 6,
      takenAt: '2026-11-02T20:00:00.000Z',
      context: 'motivation',
    });
    v5.close();

    const database = await openOzDb(name);

    expect(database.version).toBe(DB_VERSION);
    expect(await database.get('rulers', 'r1')).toMatchObject({ value: 6 });
    expect(await database.count('wellbeing')).toBe(0);
    expect(await database.count('badgeViews')).toBe(0);
    await database.put(
      'wellbeing',
      createWellbeingAssessment({
        id: 'w1',
        date: '2026-11-03',
        takenAt: '2026-11-03T18:00:00.000Z',
        who5: [3, 3, 2, 2, 3],
        domains: { sleep: 'bad' },
        context: 'start',
      }),
    );
    await database.put('badgeViews', { id: 'drink-free-days-7', seenAt: '2026-11-03T18:00:00.000Z' });
    expect((await database.getAllFromIndex('wellbeing', 'by-date', '2026-11-03')).map((w) => w.id)).toEqual([
      'w1',
    ]);
    expect(await database.get('badgeViews', 'drink-free-days-7')).toBeDefined();
    database.close();
  });

  it('upgrades a version-6 database (quality of life) by adding the programme runs store, keeping the rest', async () => {
    const name = `migration-v6-${String(Date.now())}`;
    const v6 = await openDB<OzSchema>(name, 6, {
      upgrade(database, oldVersion, _newVersion, tx) {
        migrate(database, oldVersion, 6, tx);
      },
    });
    await v6.put(
      'rulers',
      createRulerReading({
        id: 'r1',
        kind: 'confidence',
        value: 6,
        takenAt: '2026-11-02T20:00:00.000Z',
        context: 'motivation',
      }),
    );
    await v6.put('badgeViews', { id: 'drink-free-days-7', seenAt: '2026-11-03T18:00:00.000Z' });
    expect(v6.objectStoreNames.contains('programmeRuns')).toBe(false);
    v6.close();

    const database = await openOzDb(name);

    expect(database.version).toBe(DB_VERSION);
    expect(await database.get('rulers', 'r1')).toMatchObject({ value: 6 });
    expect(await database.get('badgeViews', 'drink-free-days-7')).toBeDefined();
    expect(await database.count('programmeRuns')).toBe(0);
    await database.put('programmeRuns', {
      id: 'run-1',
      programmeId: 'premiers-pas',
      startedOn: isoDate('2026-11-03'),
      startedAt: '2026-11-03T08:00:00.000Z',
      updatedAt: '2026-11-03T08:00:00.000Z',
      completed: [{ day: 1, on: isoDate('2026-11-03') }],
      weeklyGoals: [],
    });
    expect((await database.get('programmeRuns', 'run-1'))?.completed).toHaveLength(1);
    database.close();
  });
});
