import { reminderPath } from '../features/reminders/api.js';
import { sharePath } from '../features/sharing/api.js';
import { withdrawalPath } from './delivery.js';
import { defaultDeps, type OutboxDeps } from './outbox.js';

export interface EraseOutcome {
  readonly erased: number;
  /** Server copies that could not be erased now (offline, server down): the caller must say so. */
  readonly failed: number;
}

/**
 * "Tout effacer" must erase the server copies too (design brief): every contact request sent from this
 * device is withdrawn, every share revoked and the reminder subscription deleted, right now, with their tokens. Call it before clearing the
 * local stores (which hold the tokens); a 404 means the copy is already gone.
 */
export async function eraseServerCopies(deps: OutboxDeps = defaultDeps): Promise<EraseOutcome> {
  const database = await deps.database();
  const [requests, shares, reminder] = await Promise.all([
    database.getAll('contactRequests'),
    database.getAll('shares'),
    database.get('reminders', 'current'),
  ]);
  const targets = [
    ...requests.flatMap((request) =>
      request.server === null
        ? []
        : [{ path: withdrawalPath(request.server.id), token: request.server.trackingToken }],
    ),
    ...shares.map((share) => ({ path: sharePath(share.id), token: share.shareToken })),
    ...(reminder?.key === 'current'
      ? [{ path: reminderPath(reminder.server.id), token: reminder.server.token }]
      : []),
  ];
  const results = await Promise.all(
    targets.map(async ({ path, token }) => {
      try {
        const response = await deps.fetch(path, {
          method: 'DELETE',
          headers: { authorization: `Bearer ${token}` },
          credentials: 'omit',
        });
        return response.ok || response.status === 404;
      } catch {
        return false;
      }
    }),
  );
  const erased = results.filter(Boolean).length;
  return { erased, failed: results.length - erased };
}
