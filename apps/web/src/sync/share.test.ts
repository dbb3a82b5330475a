import { describe, expect, it, vi } from 'vitest';
import { revokeShare, uploadShare } from '../features/sharing/share.js';
import { openOzDb, useDatabaseForTests as databaseForTests } from '../storage/db.js';
import { eraseServerCopies } from './erase.js';
import { getShare, saveShare } from './local.js';
import { flushOutbox, pendingItems, type OutboxDeps } from './outbox.js';
import type { LocalShare } from './types.js';

const aShare: LocalShare = {
  id: 'share-1',
  shareToken: 'share-token-abcdefghijklmnopqrstuvwxyz',
  structure: { id: 'csapa-1', name: 'CSAPA Les Tilleuls' },
  linkedAt: '2026-11-24T08:00:00.000Z',
  scopes: [],
  lastUploadedAt: null,
  revokeRequestedAt: null,
};

let counter = 0;
function testDeps(): OutboxDeps {
  counter += 1;
  const name = `share-test-${String(counter)}`;
  databaseForTests(name);
  const database = openOzDb(name);
  return {
    fetch: vi.fn<OutboxDeps['fetch']>(),
    now: () => Date.now(),
    database: () => database,
    isOnline: () => true,
  };
}

describe('sharing with a professional', () => {
  it('uploads only the chosen scopes, replacing any older queued upload', async () => {
    const deps = testDeps();
    vi.mocked(deps.fetch).mockResolvedValue(new Response('{}', { status: 200 }));
    await saveShare(aShare, deps);
    await uploadShare(aShare, ['diary', 'screening'], deps);
    await uploadShare(aShare, ['screening'], deps);
    expect(await pendingItems(deps)).toHaveLength(1);
    await flushOutbox(deps);
    const [path, init] = vi.mocked(deps.fetch).mock.calls[0] ?? [];
    expect(path).toBe('/api/shares/share-1/data');
    expect(init?.method).toBe('PUT');
    expect(JSON.parse(String(init?.body))).toEqual({ screenings: [] });
    expect((await getShare('share-1', deps))?.lastUploadedAt).not.toBeNull();
  });

  it('stopping sharing deletes the server copy, then forgets the link', async () => {
    const deps = testDeps();
    vi.mocked(deps.fetch).mockResolvedValue(new Response(null, { status: 204 }));
    await saveShare(aShare, deps);
    await revokeShare(aShare, deps);
    expect((await getShare('share-1', deps))?.revokeRequestedAt).not.toBeNull();
    await flushOutbox(deps);
    expect(vi.mocked(deps.fetch).mock.calls[0]?.[0]).toBe('/api/shares/share-1');
    expect(vi.mocked(deps.fetch).mock.calls[0]?.[1]?.method).toBe('DELETE');
    expect(await getShare('share-1', deps)).toBeUndefined();
  });

  it('erases every server copy before "delete everything", and counts what could not be erased', async () => {
    const deps = testDeps();
    vi.mocked(deps.fetch)
      .mockResolvedValueOnce(new Response(null, { status: 204 }))
      .mockRejectedValueOnce(new TypeError('offline'));
    await saveShare(aShare, deps);
    await saveShare({ ...aShare, id: 'share-2' }, deps);
    expect(await eraseServerCopies(deps)).toEqual({ erased: 1, failed: 1 });
  });

  it('deletes the reminder subscription too before "delete everything"', async () => {
    const deps = testDeps();
    vi.mocked(deps.fetch).mockResolvedValue(new Response(null, { status: 204 }));
    await (
      await deps.database()
    ).put('reminders', {
      key: 'current',
      schedule: { weekdays: [1], time: '20:00', timeZone: 'Europe/Paris' },
      message: { kind: 'preset', preset: 'evening' },
      paused: false,
      server: { id: 'reminder-1', token: 'reminder-token', endpoint: 'https://push.example/1' },
      updatedAt: '2026-12-07T10:00:00.000Z',
    });
    expect(await eraseServerCopies(deps)).toEqual({ erased: 1, failed: 0 });
    const [path, init] = vi.mocked(deps.fetch).mock.calls[0] ?? [];
    expect(path).toBe('/api/reminders/reminder-1');
    expect(init?.method).toBe('DELETE');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer reminder-token');
  });
});
