import type { OutboxDeps } from './outbox.js';
import type { LocalContactRequest, OutboxItem } from './types.js';

/**
 * What a delivered (or refused) action changes on the device. Answers are checked by hand rather than
 * with the zod contracts so that the person's bundle never carries zod (initial JS budget, issue 3).
 */

interface CreatedAnswer {
  readonly id: string;
  readonly status: string;
  readonly createdAt: string;
  readonly dueAt: string;
  readonly trackingToken: string;
}

function isCreatedAnswer(body: unknown): body is CreatedAnswer {
  if (typeof body !== 'object' || body === null) return false;
  const fields = body as Record<string, unknown>;
  return ['id', 'status', 'createdAt', 'dueAt', 'trackingToken'].every(
    (name) => typeof fields[name] === 'string',
  );
}

export class UnexpectedAnswerError extends Error {
  constructor(kind: string) {
    super(`Unexpected server answer for ${kind}`);
    this.name = 'UnexpectedAnswerError';
  }
}

export function withdrawalPath(serverId: string): string {
  return `/api/contact-requests/${encodeURIComponent(serverId)}`;
}

async function deliverContactRequest(item: OutboxItem, body: unknown, deps: OutboxDeps): Promise<void> {
  if (!isCreatedAnswer(body)) throw new UnexpectedAnswerError(item.kind);
  const database = await deps.database();
  const local = await database.get('contactRequests', item.ownerId);
  const server = {
    id: body.id,
    trackingToken: body.trackingToken,
    createdAt: body.createdAt,
    dueAt: body.dueAt,
  };
  if (local === undefined || local.state === 'withdrawn') {
    // Withdrawn while the request was on its way: erase the server copy too, through the outbox.
    const key = `withdraw-${item.key}`;
    await database.put('outbox', {
      key,
      kind: 'contact-withdrawal',
      method: 'DELETE',
      path: withdrawalPath(body.id),
      body: null,
      bearer: body.trackingToken,
      ownerId: item.ownerId,
      queuedAt: new Date(deps.now()).toISOString(),
      attempts: 0,
      nextAttemptAt: 0,
      rejected: null,
    });
    return;
  }
  const sent: LocalContactRequest = {
    ...local,
    state: 'sent',
    server,
    lastStatus: body.status,
    lastCheckedAt: new Date(deps.now()).toISOString(),
  };
  await database.put('contactRequests', sent);
}

export async function applyDelivery(item: OutboxItem, body: unknown, deps: OutboxDeps): Promise<void> {
  const database = await deps.database();
  switch (item.kind) {
    case 'contact-request':
      return deliverContactRequest(item, body, deps);
    case 'contact-withdrawal':
      await database.delete('contactRequests', item.ownerId);
      return;
    case 'share-upload': {
      const share = await database.get('shares', item.ownerId);
      if (share !== undefined) {
        await database.put('shares', { ...share, lastUploadedAt: new Date(deps.now()).toISOString() });
      }
      return;
    }
    case 'share-revoke':
      await database.delete('shares', item.ownerId);
      return;
  }
}

/** A refused contact request stays on the device, marked, so the person can correct and resend it. */
export async function applyRejection(item: OutboxItem, deps: OutboxDeps): Promise<void> {
  if (item.kind !== 'contact-request') return;
  const database = await deps.database();
  const local = await database.get('contactRequests', item.ownerId);
  if (local !== undefined && local.state === 'queued') {
    await database.put('contactRequests', { ...local, state: 'rejected' });
  }
}
