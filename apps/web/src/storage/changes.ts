import { useEffect, useRef, useState } from 'react';
import { onChange } from './notify.js';

/** Every write calls `notifyChange` (storage/notify.ts); screens re-read what they show (instant totals). */
export { notifyChange } from './notify.js';

export type Loaded<T> = { readonly status: 'loading' } | { readonly status: 'ready'; readonly value: T };

/** Runs an async storage query and re-runs it after every write; `key` lists what the query depends on. */
export function useStored<T>(query: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ key: string; loaded: Loaded<T> }>({
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
        if (live) setState({ key, loaded: { status: 'ready', value } });
      },
      (error: unknown) =>
        console.error('storage query failed', error instanceof Error ? error.name : 'unknown'),
    );
    return () => {
      live = false;
    };
  }, [key, version]);
  return state.key === key ? state.loaded : { status: 'loading' };
}
