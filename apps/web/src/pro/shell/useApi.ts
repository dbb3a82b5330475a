import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiFailure } from '../api.js';

export type Remote<T> =
  | { readonly status: 'loading' }
  /** `receivedAt`: this device's clock when the answer arrived, to age time-dependent fields (deadlines). */
  | { readonly status: 'ready'; readonly value: T; readonly receivedAt: number }
  | { readonly status: 'failed'; readonly error: ApiFailure };

function asFailure(error: unknown): ApiFailure {
  return error instanceof ApiFailure
    ? error
    : new ApiFailure(0, 'unexpected', error instanceof Error ? error.message : 'unknown');
}

/** Loads `query` when `key` changes; `reload` re-runs it and `replace` swaps in a fresher value (after a write). */
export function useApi<T>(
  query: () => Promise<T>,
  key: string,
): { readonly remote: Remote<T>; readonly reload: () => void; readonly replace: (value: T) => void } {
  const [state, setState] = useState<{ key: string; remote: Remote<T> }>({
    key,
    remote: { status: 'loading' },
  });
  const [version, setVersion] = useState(0);
  // The query is identified by `key` (and `version` for reloads), like useStored in the person's app.
  const latestQuery = useRef(query);
  useEffect(() => {
    latestQuery.current = query;
  });
  useEffect(() => {
    let live = true;
    latestQuery.current().then(
      (value) => live && setState({ key, remote: { status: 'ready', value, receivedAt: Date.now() } }),
      (error: unknown) => live && setState({ key, remote: { status: 'failed', error: asFailure(error) } }),
    );
    return () => {
      live = false;
    };
  }, [key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const replace = useCallback(
    (value: T) => setState({ key, remote: { status: 'ready', value, receivedAt: Date.now() } }),
    [key],
  );
  return { remote: state.key === key ? state.remote : { status: 'loading' }, reload, replace };
}

export { asFailure };
