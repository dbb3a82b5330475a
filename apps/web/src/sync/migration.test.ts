import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openOzDb } from '../storage/db.js';
import { migrate } from '../storage/migrations.js';
import { DB_VERSION, type OzSchema } from '../storage/schema.js';

describe('database version 3 (outbox, contact requests, shares)', () => {
  it('upgrades a version 2 database without losing anything and adds the issue 5 stores', async () => {
    const name = 'migration-v2-to-v3';
    const old = await openDB<OzSchema>(name, 2, {
      upgrade: (db, oldVersion, _newVersion, tx) => migrate(db, oldVersion, 2, tx),
    });
    await old.put('settings', {
      key: 'preferences',
      value: {
        locale: 'en',
        onboardingDone: true,
        profile: { sex: 'female', ageBand: null },
        typicalWeek: null,
        recentDrinkIds: [],
      },
    });
    old.close();

    const upgraded = await openOzDb(name);
    // The latest version: later steps must keep what step 3 added.
    expect(upgraded.version).toBe(DB_VERSION);
    expect([...upgraded.objectStoreNames]).toEqual(
      expect.arrayContaining(['outbox', 'contactRequests', 'shares', 'entries']),
    );
    expect((await upgraded.get('settings', 'preferences'))?.value.locale).toBe('en');
    expect(await upgraded.getAll('outbox')).toEqual([]);
    upgraded.close();
  });
});
