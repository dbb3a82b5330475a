import type { SharedData } from '@oz/contracts';
import { today } from '../../app/clock.js';
import { newId, nowIso } from '../../storage/ids.js';
import { allDays, allEntries, allScreenings } from '../../storage/repositories.js';
import { saveShare } from '../../sync/local.js';
import { defaultDeps, dropItemsOf, enqueue, type OutboxDeps } from '../../sync/outbox.js';
import { pokeOutbox } from '../../sync/start.js';
import type { LocalShare } from '../../sync/types.js';
import { diaryWeekSummaries, sharedScreenings } from '../contact/attachment.js';
import { shareDataPath, sharePath } from './api.js';

export type ShareScope = LocalShare['scopes'][number];

/** Half a year of weekly totals: enough to see a trend, the most the server accepts. */
export const SHARED_WEEKS = 26;
const MAX_SCREENINGS = 50;

/** Exactly what would be uploaded for these scopes; nothing outside them is even computed. */
export async function sharedData(scopes: readonly ShareScope[]): Promise<SharedData> {
  const data: { diaryWeeks?: SharedData['diaryWeeks']; screenings?: SharedData['screenings'] } = {};
  if (scopes.includes('diary')) {
    const [entries, days] = await Promise.all([allEntries(), allDays()]);
    data.diaryWeeks = diaryWeekSummaries(entries, days, today(), SHARED_WEEKS);
  }
  if (scopes.includes('screening')) {
    data.screenings = sharedScreenings(await allScreenings()).slice(0, MAX_SCREENINGS);
  }
  return data;
}

/**
 * Replaces the server copy with what the person chose (PUT: the last upload wins, so an older queued
 * upload is dropped). Offline, it waits in the outbox.
 */
export async function uploadShare(
  share: LocalShare,
  scopes: readonly ShareScope[],
  deps: OutboxDeps = defaultDeps,
): Promise<void> {
  const body = await sharedData(scopes);
  await dropItemsOf(share.id, deps);
  await saveShare({ ...share, scopes: [...scopes] }, deps);
  await enqueue(
    {
      key: newId(),
      kind: 'share-upload',
      method: 'PUT',
      path: shareDataPath(share.id),
      body,
      bearer: share.shareToken,
      ownerId: share.id,
    },
    deps,
  );
  pokeOutbox();
}

/** "Arrêter le partage": the server deletes its copy; the link disappears here once that is confirmed. */
export async function revokeShare(share: LocalShare, deps: OutboxDeps = defaultDeps): Promise<void> {
  await dropItemsOf(share.id, deps);
  await saveShare({ ...share, revokeRequestedAt: nowIso() }, deps);
  await enqueue(
    {
      key: newId(),
      kind: 'share-revoke',
      method: 'DELETE',
      path: sharePath(share.id),
      body: null,
      bearer: share.shareToken,
      ownerId: share.id,
    },
    deps,
  );
  pokeOutbox();
}
