import { notifyChange } from '../storage/notify.js';
import { defaultDeps, dropItemsOf, type OutboxDeps } from './outbox.js';
import { withdrawalPath } from './delivery.js';
import type { LocalContactRequest, LocalShare, OutboxItem } from './types.js';

/** The person's contact requests and shares as kept on the device, newest first. */

export async function allContactRequests(deps: OutboxDeps = defaultDeps): Promise<LocalContactRequest[]> {
  const all = await (await deps.database()).getAll('contactRequests');
  return all.sort((a, b) => b.queuedAt.localeCompare(a.queuedAt));
}

export async function getContactRequest(
  localId: string,
  deps: OutboxDeps = defaultDeps,
): Promise<LocalContactRequest | undefined> {
  return (await deps.database()).get('contactRequests', localId);
}

export async function saveContactRequest(
  record: LocalContactRequest,
  deps: OutboxDeps = defaultDeps,
): Promise<void> {
  await (await deps.database()).put('contactRequests', record);
  notifyChange('outbox');
}

/** Queues the request and its send in one transaction: either both exist on the device or neither. */
export async function queueContactRequest(
  record: LocalContactRequest,
  item: OutboxItem,
  deps: OutboxDeps = defaultDeps,
): Promise<void> {
  const database = await deps.database();
  const tx = database.transaction(['contactRequests', 'outbox'], 'readwrite');
  await Promise.all([tx.objectStore('contactRequests').put(record), tx.objectStore('outbox').put(item)]);
  await tx.done;
  notifyChange('outbox');
}

/**
 * "Retirer ma demande": not yet sent → simply forgotten (nothing left the device); sent → a DELETE is
 * queued with the tracking token and the local record goes when the server confirms the erasure.
 */
export async function withdrawContactRequest(localId: string, deps: OutboxDeps = defaultDeps): Promise<void> {
  const database = await deps.database();
  const record = await database.get('contactRequests', localId);
  if (record === undefined) return;
  await dropItemsOf(localId, deps);
  if (record.server === null) {
    // If it was in flight right now, the delivery finds no record and erases the server copy (delivery.ts).
    await database.delete('contactRequests', localId);
  } else {
    await database.put('contactRequests', { ...record, state: 'withdrawn' });
    await database.put('outbox', {
      key: `withdraw-${record.idempotencyKey}`,
      kind: 'contact-withdrawal',
      method: 'DELETE',
      path: withdrawalPath(record.server.id),
      body: null,
      bearer: record.server.trackingToken,
      ownerId: localId,
      queuedAt: new Date(deps.now()).toISOString(),
      attempts: 0,
      nextAttemptAt: 0,
      rejected: null,
    });
  }
  notifyChange('outbox');
}

export async function allShares(deps: OutboxDeps = defaultDeps): Promise<LocalShare[]> {
  const all = await (await deps.database()).getAll('shares');
  return all.sort((a, b) => b.linkedAt.localeCompare(a.linkedAt));
}

export async function getShare(id: string, deps: OutboxDeps = defaultDeps): Promise<LocalShare | undefined> {
  return (await deps.database()).get('shares', id);
}

export async function saveShare(share: LocalShare, deps: OutboxDeps = defaultDeps): Promise<void> {
  await (await deps.database()).put('shares', share);
  notifyChange('outbox');
}
