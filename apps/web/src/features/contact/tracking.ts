import type { ContactRequestStatus } from '@oz/core';
import type { ContactRequestTracking } from '@oz/contracts';
import type { LocalContactRequest } from '../../sync/types.js';

/** Reads the request's status from the server with its tracking token (online only). */

export type TrackingResult =
  | { readonly kind: 'ok'; readonly tracking: ContactRequestTracking }
  /** Erased on the server (withdrawn elsewhere, or purged after closure). */
  | { readonly kind: 'gone' }
  | { readonly kind: 'unreachable' };

const STATUSES: readonly ContactRequestStatus[] = [
  'new',
  'assigned',
  'contacted',
  'appointment_scheduled',
  'referred',
  'closed_unreachable',
  'closed',
];

export function isContactStatus(value: unknown): value is ContactRequestStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

function isTracking(body: unknown): body is ContactRequestTracking {
  if (typeof body !== 'object' || body === null) return false;
  const value = body as Record<string, unknown>;
  return (
    typeof value['id'] === 'string' &&
    isContactStatus(value['status']) &&
    typeof value['dueAt'] === 'string' &&
    Array.isArray(value['steps'])
  );
}

export async function fetchTracking(
  record: LocalContactRequest,
  fetchFn: (path: string, init: RequestInit) => Promise<Response> = (path, init) => fetch(path, init),
): Promise<TrackingResult> {
  if (record.server === null) return { kind: 'unreachable' };
  try {
    const response = await fetchFn(`/api/contact-requests/${encodeURIComponent(record.server.id)}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${record.server.trackingToken}` },
      credentials: 'omit',
      cache: 'no-store',
    });
    if (response.status === 404 || response.status === 410) return { kind: 'gone' };
    if (!response.ok) return { kind: 'unreachable' };
    const body: unknown = await response.json();
    return isTracking(body) ? { kind: 'ok', tracking: body } : { kind: 'unreachable' };
  } catch {
    return { kind: 'unreachable' };
  }
}
