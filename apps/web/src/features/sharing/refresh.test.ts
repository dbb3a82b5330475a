import { isoDate } from '@oz/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openOzDb, useDatabaseForTests as databaseForTests } from '../../storage/db.js';
import { notifyChange } from '../../storage/notify.js';
import { saveDay } from '../../storage/repositories.js';
import { getShare, saveShare } from '../../sync/local.js';
import { pendingItems, type OutboxDeps } from '../../sync/outbox.js';
import type { LocalShare } from '../../sync/types.js';
import { refreshShares, uploadShare } from './share.js';
import { startShareRefresh } from './refreshWatcher.js';

const aShare: LocalShare = {
  id: 'share-1',
  shareToken: 'share-token-abcdefghijklmnopqrstuvwxyz',
  structure: { id: 'csapa-1', name: 'CSAPA Les Tilleuls' },
  linkedAt: '2026-11-24T08:00:00.000Z',
  scopes: ['diary'],
  lastUploadedAt: '2026-11-24T09:00:00.000Z',
  revokeRequestedAt: null,
};

let counter = 0;
function testDeps(): OutboxDeps {
  counter += 1;
  const name = `share-refresh-test-${String(counter)}`;
  databaseForTests(name);
  const database = openOzDb(name);
  return {
    fetch: vi.fn<OutboxDeps['fetch']>(),
    now: () => Date.now(),
    database: () => database,
    isOnline: () => true,
  };
}

const drinkFreeDay = (date: string) =>
  saveDay({
    date: isoDate(date),
    drinkFree: true,
    mood: null,
    tags: [],
    note: '',
    updatedAt: '2026-11-24T20:00:00.000Z',
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('refreshing shared summaries', () => {
  it('re-uploads a link’s summary when the diary changed, once, and not when nothing changed', async () => {
    const deps = testDeps();
    await saveShare(aShare, deps);
    await uploadShare(aShare, ['diary'], deps);
    const first = await pendingItems(deps);
    expect(await refreshShares(deps)).toBe(0);
    expect(await pendingItems(deps)).toEqual(first);

    await drinkFreeDay(new Date().toISOString().slice(0, 10));
    expect(await refreshShares(deps)).toBe(1);
    const items = await pendingItems(deps);
    expect(items).toHaveLength(1);
    expect(items[0]?.key).not.toBe(first[0]?.key);
    expect(items[0]).toMatchObject({ kind: 'share-upload', method: 'PUT', path: '/api/shares/share-1/data' });
    expect(await refreshShares(deps)).toBe(0);
  });

  it('leaves alone links that share nothing, are being stopped, or where the person turned it off', async () => {
    const deps = testDeps();
    await saveShare({ ...aShare, id: 'none', scopes: [] }, deps);
    await saveShare({ ...aShare, id: 'stopping', revokeRequestedAt: '2026-11-24T10:00:00.000Z' }, deps);
    await saveShare({ ...aShare, id: 'off', autoRefresh: false }, deps);
    await saveShare({ ...aShare, id: 'on' }, deps);
    expect(await refreshShares(deps)).toBe(1);
    expect((await pendingItems(deps)).map((item) => item.ownerId)).toEqual(['on']);
    expect((await getShare('on', deps))?.sentDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('waits until the person stops writing, ignores the outbox’s own writes, and runs when the app is left', () => {
    vi.useFakeTimers();
    const refresh = vi.fn(() => Promise.resolve(0));
    const stop = startShareRefresh({ delayMs: 30_000, refresh });
    vi.advanceTimersByTime(30_000);
    expect(refresh).toHaveBeenCalledTimes(1);

    notifyChange('diary');
    vi.advanceTimersByTime(20_000);
    notifyChange('screenings');
    notifyChange('outbox');
    vi.advanceTimersByTime(20_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(refresh).toHaveBeenCalledTimes(2);

    notifyChange('outbox');
    vi.advanceTimersByTime(60_000);
    expect(refresh).toHaveBeenCalledTimes(2);

    notifyChange('diary');
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(refresh).toHaveBeenCalledTimes(3);
    stop();
    notifyChange('diary');
    vi.advanceTimersByTime(60_000);
    expect(refresh).toHaveBeenCalledTimes(3);
  });
});
