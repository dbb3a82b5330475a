/**
 * The change signal of the device's stores, without React: the service worker imports the outbox, which
 * signals its writes here (in the worker nobody listens; pages are told by a message, see sync/background.ts).
 * `topic` says what changed, for listeners that care about one kind of data (the share refresh watches the
 * diary and the screenings only).
 */
export type ChangeTopic = 'diary' | 'screenings' | 'outbox' | 'other';

type Listener = (topic: ChangeTopic) => void;

const listeners = new Set<Listener>();

export function notifyChange(topic: ChangeTopic = 'other'): void {
  for (const listener of listeners) listener(topic);
}

/** Calls `listener` after every write; returns the unsubscribe function. */
export function onChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
