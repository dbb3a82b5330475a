import { startTransition, useEffect, useRef, useState } from 'react';
import { StorageReadError } from '../app/failures.js';
import { onChange } from './notify.js';

/** Every write calls `notifyChange` (storage/notify.ts); screens re-read what they show (instant totals). */
export { notifyChange } from './notify.js';

export type Loaded<T> = { readonly status: 'loading' } | { readonly status: 'ready'; readonly value: T };

type State<T> = Loaded<T> | { readonly status: 'failed'; readonly reason: string };

/**
 * Reads done before the first render (main.tsx primes the first screen's data while its chunk loads), by the
 * `key` of the `useStored` that will show them. Any write drops them all: a primed value is never staler than
 * a read made when the screen mounts.
 */
const primed = new Map<string, unknown>();
onChange(() => primed.clear());

/**
 * Reads `query` now, for the `useStored(query, key)` of a screen about to mount: the screen then renders with
 * its data in its first commit, instead of a loading line replaced by a second render (ADR 0010). A failed
 * read is left to the screen, which reads again and says so.
 */
export async function primeStored(key: string, query: () => Promise<unknown>): Promise<void> {
  let written = false;
  const stop = onChange(() => {
    written = true;
  });
  try {
    const value = await query();
    if (!written) primed.set(key, value);
  } catch {
    // The screen's own read reports it.
  } finally {
    stop();
  }
}

/**
 * Runs an async storage query and re-runs it after every write; `key` lists what the query depends on.
 * A failed read is thrown while rendering (StorageReadError): the screen's error boundary says so in words
 * and offers to try again, instead of an endless « loading ».
 */
export function useStored<T>(query: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ key: string; loaded: State<T> }>(() => ({
    key,
    // `key` identifies the query (see primeStored): a value primed under it is what `query` returns.
    loaded: primed.has(key) ? { status: 'ready', value: primed.get(key) as T } : { status: 'loading' },
  }));
  const [version, setVersion] = useState(0);
  // Rendered from a primed value: the first read is already done, unless a write dropped it since.
  const primedRead = useRef(state.loaded.status === 'ready');
  // The query is identified by `key`: a new closure with the same key is the same query.
  const latestQuery = useRef(query);
  useEffect(() => {
    latestQuery.current = query;
  });
  useEffect(() => onChange(() => setVersion((v) => v + 1)), []);
  useEffect(() => {
    if (primedRead.current) {
      primedRead.current = false;
      const fresh = primed.delete(key);
      if (fresh) return;
    }
    let live = true;
    latestQuery.current().then(
      (value) => {
        // A transition: the screen the data fills renders in slices that yield to the browser.
        if (live) startTransition(() => setState({ key, loaded: { status: 'ready', value } }));
      },
      (error: unknown) => {
        // The error's name only: a message may quote stored data.
        const reason = error instanceof Error ? error.name : 'unknown';
        console.error('storage query failed', reason);
        if (live) setState({ key, loaded: { status: 'failed', reason } });
      },
    );
    return () => {
      live = false;
    };
  }, [key, version]);
  if (state.key !== key) return { status: 'loading' };
  if (state.loaded.status === 'failed') throw new StorageReadError(state.loaded.reason);
  return state.loaded;
}
