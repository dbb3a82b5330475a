import type { SharedData } from '@oz/contracts';
import { today } from '../../app/clock.js';
import { newId, nowIso } from '../../storage/ids.js';
import { allDays, allEntries, allScreenings } from '../../storage/repositories.js';
import { allShares, saveShare } from '../../sync/local.js';
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

/** A digest of the data, to know whether the server already has exactly this summary. */
export async function digestOf(data: SharedData): Promise<string> {
  const text = JSON.stringify(data);
  if (globalThis.crypto?.subtle === undefined) return text;
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Queues the upload of `body` (PUT: the last upload wins, so an older queued upload is dropped). The key is
 * derived from the content: the same summary queued twice is the same request. Offline, it waits in the outbox.
 */
async function queueUpload(
  share: LocalShare,
  scopes: readonly ShareScope[],
  body: SharedData,
  digest: string,
  deps: OutboxDeps,
): Promise<void> {
  await dropItemsOf(share.id, deps);
  await saveShare({ ...share, scopes: [...scopes], sentDigest: digest }, deps);
  await enqueue(
    {
      key: `share-${share.id}-${digest.slice(0, 32)}`,
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

/** « Enregistrer et envoyer »: replaces the server copy with what the person chose, now. */
export async function uploadShare(
  share: LocalShare,
  scopes: readonly ShareScope[],
  deps: OutboxDeps = defaultDeps,
): Promise<void> {
  const body = await sharedData(scopes);
  await queueUpload(share, scopes, body, await digestOf(body), deps);
}

/** Does this link ask for its summary to be kept up to date? (Absent = on, see LocalShare.autoRefresh.) */
export function refreshesAutomatically(share: LocalShare): boolean {
  return share.revokeRequestedAt === null && share.scopes.length > 0 && share.autoRefresh !== false;
}

/**
 * Re-uploads the summary of every link that keeps it up to date, when it changed since the last upload
 * (issue 11). Returns how many uploads were queued. Idempotent: unchanged data queues nothing.
 */
export async function refreshShares(deps: OutboxDeps = defaultDeps): Promise<number> {
  let queued = 0;
  for (const share of await allShares(deps)) {
    if (!refreshesAutomatically(share)) continue;
    const body = await sharedData(share.scopes);
    const digest = await digestOf(body);
    if (digest === share.sentDigest) continue;
    await queueUpload(share, share.scopes, body, digest, deps);
    queued += 1;
  }
  return queued;
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
