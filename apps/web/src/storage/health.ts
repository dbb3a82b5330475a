/*
 * Whether the device's storage can be used, for the banner every screen shows when it cannot
 * (app/StorageNotice.tsx). No React here: db.ts reports the database's state, the write helper
 * (app/useWrite.ts) reports failed writes.
 */

export type StorageState =
  /** Working. */
  | 'ok'
  /** Another tab upgraded the database: this tab closed its connection and must be reloaded. */
  | 'replaced'
  /** This tab needs a newer database, but a tab still running an older Oz keeps it open. */
  | 'blocked';

export interface StorageHealth {
  readonly state: StorageState;
  /** A write failed since the last dismissal: what the person typed is still on screen. */
  readonly writeFailed: boolean;
}

type Listener = (health: StorageHealth) => void;

let health: StorageHealth = { state: 'ok', writeFailed: false };
const listeners = new Set<Listener>();

function publish(next: StorageHealth): void {
  health = next;
  for (const listener of listeners) listener(health);
}

export function storageHealth(): StorageHealth {
  return health;
}

export function setStorageState(state: StorageState): void {
  if (health.state !== state) publish({ ...health, state });
}

export function reportWriteFailure(): void {
  publish({ ...health, writeFailed: true });
}

export function dismissWriteFailure(): void {
  if (health.writeFailed) publish({ ...health, writeFailed: false });
}

/** Calls `listener` on every change; returns the unsubscribe function. */
export function onStorageHealth(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
