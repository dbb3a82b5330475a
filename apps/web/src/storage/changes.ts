import { startTransition, useEffect, useRef, useState } from 'react';
import { StorageReadError } from '../app/failures.js';
import { onChange } from './notify.js';

/** Every write calls `notifyChange` (storage/notify.ts); screens re-read what they show (instant totals). */
export { notifyChange } from './notify.js';

export type Loaded<T> = { readonly status: 'loading' } | { readonly status: 'ready'; readonly value: T };

type State<T> = Loaded<T> | { readonly status: 'failed'; readonly reason: string };

/**
 * Runs an async storage query and re-runs it after every write; `key` lists what the query depends on.
 * A failed read is thrown while rendering (StorageReadError): the screen's error boundary says so in words
 * and offers to try again, instead of an endless « loading ».
 */
export function useStored<T>(query: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ key: string; loaded: State<T> }>({
    key,
    loaded: { status: 'loading' },
  });
  const [version, setVersion] = useState(0);
  // The query is identified by `key`: a new closure with the same key is the same query.
  const latestQuery = useRef(query);
  useEffect(() => {
    latestQuery.current = query;
  });
  useEffect(() => onChange(() => setVersion((v) => v + 1)), []);
  useEffect(() => {
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
