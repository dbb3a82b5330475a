import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { aSnapshot } from './help.fixture.js';
import { HELP_CACHE_DB, loadOfflineDirectory } from './offlineStore.js';

describe('the directory saved on the device', () => {
  it('reads a copy saved before availability existed as « not declared », so offline search still works', async () => {
    const snapshot = aSnapshot();
    const older = snapshot.structures.map(
      ({ waitTimeDays: _wait, acceptingNewPeople: _accepting, availabilityDeclaredAt: _at, ...rest }) => rest,
    );
    const db = await openDB(HELP_CACHE_DB, 1, {
      upgrade(upgrading) {
        upgrading.createObjectStore('cache');
      },
    });
    await db.put(
      'cache',
      { etag: '"old"', savedAt: '2026-11-01T10:00:00.000Z', body: { ...snapshot, structures: older } },
      'snapshot',
    );
    db.close();
    const saved = await loadOfflineDirectory();
    expect(saved.snapshot?.etag).toBe('"old"');
    expect(saved.snapshot?.body.structures.map((structure) => structure.acceptingNewPeople)).toEqual([
      null,
      null,
    ]);
    expect(saved.snapshot?.body.structures[0]).toMatchObject({
      name: 'CSAPA ANPAA HAUTE-GARONNE',
      waitTimeDays: null,
      availabilityDeclaredAt: null,
    });
  });
});
