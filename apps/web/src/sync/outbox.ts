import { notifyChange } from '../storage/notify.js';
import { db, type OzDb } from '../storage/db.js';
import { applyDelivery, applyRejection } from './delivery.js';
import type { OutboxItem } from './types.js';

/**
 * The offline outbox (design brief: "offline is normal, not an error"). Network-only actions are queued in
 * IndexedDB with an idempotency key, sent when the device is online, retried with exponential backoff on
 * network errors and 5xx/429, and never duplicated: the key is generated once and re-sent on every retry,
 * and the server answers a replay with the original result.
 */

const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 10 * 60_000;

export interface OutboxDeps {
  readonly fetch: (path: string, init: RequestInit) => Promise<Response>;
  readonly now: () => number;
  readonly database: () => Promise<OzDb>;
  readonly isOnline: () => boolean;
}

export const defaultDeps: OutboxDeps = {
  fetch: (path, init) => fetch(path, init),
  now: () => Date.now(),
  database: db,
  isOnline: () => navigator.onLine !== false,
};

/** Delay before retry number `attempts` (1 → 5 s, 2 → 10 s, … capped at 10 min). */
export function backoffDelay(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

export type NewOutboxItem = Omit<OutboxItem, 'attempts' | 'nextAttemptAt' | 'rejected' | 'queuedAt'>;

/** Queues an action; it is sent at the next flush (called right after by the caller when online). */
export async function enqueue(item: NewOutboxItem, deps: OutboxDeps = defaultDeps): Promise<OutboxItem> {
  const queued: OutboxItem = {
    ...item,
    queuedAt: new Date(deps.now()).toISOString(),
    attempts: 0,
    nextAttemptAt: 0,
    rejected: null,
  };
  await (await deps.database()).put('outbox', queued);
  notifyChange('outbox');
  return queued;
}

export async function pendingItems(deps: OutboxDeps = defaultDeps): Promise<OutboxItem[]> {
  const all = await (await deps.database()).getAll('outbox');
  return all.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

/** Drops queued actions of a record (e.g. a request withdrawn before it ever left the device). */
export async function dropItemsOf(ownerId: string, deps: OutboxDeps = defaultDeps): Promise<number> {
  const database = await deps.database();
  const mine = (await database.getAll('outbox')).filter((item) => item.ownerId === ownerId);
  await Promise.all(mine.map((item) => database.delete('outbox', item.key)));
  return mine.length;
}

export interface FlushOutcome {
  readonly sent: number;
  readonly retrying: number;
  readonly rejected: number;
  /** Earliest epoch ms at which a retry is due, if any. */
  readonly nextAttemptAt: number | null;
}

type SendResult = 'sent' | 'retry' | 'rejected';

function headersOf(item: OutboxItem): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json', 'idempotency-key': item.key };
  if (item.body !== null) headers['content-type'] = 'application/json';
  if (item.bearer !== null) headers['authorization'] = `Bearer ${item.bearer}`;
  return headers;
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  const text = await response.text();
  return text === '' ? null : (JSON.parse(text) as unknown);
}

function errorOf(body: unknown, status: number): { code: string; message: string } {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as { error: { code?: unknown; message?: unknown } }).error;
    if (typeof error.code === 'string' && typeof error.message === 'string')
      return { code: error.code, message: error.message };
  }
  return { code: `http_${String(status)}`, message: `HTTP ${String(status)}` };
}

/** A 404 on a DELETE means the server copy is already gone: the wanted outcome. */
function isDone(item: OutboxItem, status: number): boolean {
  return item.method === 'DELETE' && status === 404;
}

function isTransient(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

async function sendOne(item: OutboxItem, deps: OutboxDeps): Promise<SendResult> {
  const database = await deps.database();
  let response: Response;
  try {
    const init: RequestInit = { method: item.method, headers: headersOf(item), credentials: 'omit' };
    if (item.body !== null) init.body = JSON.stringify(item.body);
    response = await deps.fetch(item.path, init);
  } catch {
    return retryLater(item, deps);
  }
  if (isTransient(response.status)) return retryLater(item, deps);
  const body = await readJson(response).catch(() => null);
  if (response.ok || isDone(item, response.status)) {
    await applyDelivery(item, body, deps);
    await database.delete('outbox', item.key);
    return 'sent';
  }
  const rejected = errorOf(body, response.status);
  await database.put('outbox', { ...item, attempts: item.attempts + 1, rejected });
  await applyRejection(item, deps);
  return 'rejected';
}

async function retryLater(item: OutboxItem, deps: OutboxDeps): Promise<SendResult> {
  const attempts = item.attempts + 1;
  const next: OutboxItem = { ...item, attempts, nextAttemptAt: deps.now() + backoffDelay(attempts) };
  await (await deps.database()).put('outbox', next);
  return 'retry';
}

/**
 * One item's failure never stops the others: an answer the device cannot read (or a storage error while
 * recording it) puts that item back with its backoff — the idempotency key makes the next try return the same
 * result — and the flush goes on with the next item.
 */
async function sendSafely(item: OutboxItem, deps: OutboxDeps): Promise<SendResult> {
  try {
    return await sendOne(item, deps);
  } catch (error) {
    // The error's name only: a message could quote the request.
    console.warn('outbox item failed, retried later', error instanceof Error ? error.name : 'unknown');
    return retryLater(item, deps).catch(() => 'retry' as const);
  }
}

export interface FlushOptions {
  /** Back online: try every item now instead of waiting for its backoff delay. */
  readonly ignoreBackoff?: boolean;
}

async function flushNow(deps: OutboxDeps, options: FlushOptions): Promise<FlushOutcome> {
  let sent = 0;
  let retrying = 0;
  let rejected = 0;
  const due = (await pendingItems(deps)).filter((item) => item.rejected === null);
  for (const item of due) {
    const waitingForBackoff = options.ignoreBackoff !== true && item.nextAttemptAt > deps.now();
    if (waitingForBackoff || !deps.isOnline()) {
      retrying += 1;
      continue;
    }
    const result = await sendSafely(item, deps);
    if (result === 'sent') sent += 1;
    else if (result === 'retry') retrying += 1;
    else rejected += 1;
  }
  const waiting = (await pendingItems(deps)).filter((item) => item.rejected === null);
  const nextAttemptAt = waiting.length === 0 ? null : Math.min(...waiting.map((item) => item.nextAttemptAt));
  if (sent + rejected > 0) notifyChange('outbox');
  return { sent, retrying, rejected, nextAttemptAt };
}

let running: Promise<FlushOutcome> | null = null;

/**
 * Sends every due item, one flush at a time in this tab, and one tab at a time where the Web Locks API
 * exists. Even if two sends raced, the idempotency key makes the server return the same result.
 */
export function flushOutbox(
  deps: OutboxDeps = defaultDeps,
  options: FlushOptions = {},
): Promise<FlushOutcome> {
  running ??= (async () => {
    try {
      const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
      if (locks === undefined) return await flushNow(deps, options);
      return await locks.request('oz-outbox', () => flushNow(deps, options));
    } finally {
      running = null;
    }
  })();
  return running;
}
