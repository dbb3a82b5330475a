// The reminder routes (issue 11; OpenAPI at /api/docs). Each call needs the network at once — subscribing
// answers the token that manages the subscription, and a push subscription is only valid with the server — so
// nothing is queued: offline, nothing changes and the person is told. Retries are safe: subscribing the same
// browser again replaces its subscription on the server (one endpoint, one reminder); PUT and DELETE are
// idempotent.
import type { ReminderLink, ReminderStatus, ReminderSubscribe } from '@oz/contracts';

export type FetchFn = (path: string, init: RequestInit) => Promise<Response>;
const defaultFetch: FetchFn = (path, init) => fetch(path, init);

export type ApiResult<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'offline' }
  | { readonly kind: 'tooMany' }
  /** 404: the server no longer has this subscription (stopped elsewhere, or the browser dropped it). */
  | { readonly kind: 'gone' }
  | { readonly kind: 'failed' };

export const REMINDERS_PATH = '/api/reminders';
export const PUSH_PUBLIC_KEY_PATH = '/api/push/public-key';

async function call<T>(fetchFn: FetchFn, path: string, init: RequestInit): Promise<ApiResult<T>> {
  if (navigator.onLine === false) return { kind: 'offline' };
  let response: Response;
  try {
    response = await fetchFn(path, { credentials: 'omit', ...init });
  } catch {
    return { kind: 'offline' };
  }
  if (response.status === 429) return { kind: 'tooMany' };
  if (response.status === 404) return { kind: 'gone' };
  if (!response.ok) return { kind: 'failed' };
  if (response.status === 204) return { kind: 'ok', value: undefined as T };
  try {
    return { kind: 'ok', value: (await response.json()) as T };
  } catch {
    return { kind: 'failed' };
  }
}

const json = { 'content-type': 'application/json', accept: 'application/json' };
const bearer = (token: string, withBody = false) => ({
  ...(withBody ? json : { accept: 'application/json' }),
  authorization: `Bearer ${token}`,
});
export const reminderPath = (id: string): string => `${REMINDERS_PATH}/${encodeURIComponent(id)}`;

export function fetchPublicKey(fetchFn = defaultFetch): Promise<ApiResult<{ publicKey: string }>> {
  return call(fetchFn, PUSH_PUBLIC_KEY_PATH, { method: 'GET', headers: { accept: 'application/json' } });
}

export function subscribeReminders(
  body: ReminderSubscribe,
  fetchFn = defaultFetch,
): Promise<ApiResult<ReminderLink>> {
  return call(fetchFn, REMINDERS_PATH, { method: 'POST', headers: json, body: JSON.stringify(body) });
}

export function updateReminders(
  id: string,
  token: string,
  body: ReminderSubscribe,
  fetchFn = defaultFetch,
): Promise<ApiResult<ReminderStatus>> {
  return call(fetchFn, reminderPath(id), {
    method: 'PUT',
    headers: bearer(token, true),
    body: JSON.stringify(body),
  });
}

export function deleteReminders(id: string, token: string, fetchFn = defaultFetch): Promise<ApiResult<void>> {
  return call(fetchFn, reminderPath(id), { method: 'DELETE', headers: bearer(token) });
}

export function testReminders(
  id: string,
  token: string,
  fetchFn = defaultFetch,
): Promise<ApiResult<{ sent: boolean }>> {
  return call(fetchFn, `${reminderPath(id)}/test`, { method: 'POST', headers: bearer(token) });
}
