import type { Coverage, Place, Public, StructureType, StructureWithDistance } from '@oz/contracts';
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { NetworkError, searchStructures } from './api.js';
import type { HelpMessageKey } from './messages.js';
import { nearestStructures } from './nearest.js';
import { loadOfflineDirectory, NO_DIRECTORY, recallPlace, rememberPlace } from './offlineStore.js';
import type { OfflineDirectory } from './offlineStore.js';
import { refreshDirectoryInBackground } from './refreshDirectory.js';

export interface SearchFilters {
  readonly types: readonly StructureType[];
  readonly publicServed: Public | undefined;
}

export type SearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | {
      readonly status: 'results';
      readonly place: Place;
      readonly structures: readonly StructureWithDistance[];
      /** Set when the results come from the copy saved on the device: when it was saved. */
      readonly offlineSavedAt: string | undefined;
    }
  | { readonly status: 'ambiguous'; readonly candidates: readonly Place[] }
  | { readonly status: 'error'; readonly message: HelpMessageKey; readonly query?: string };

/** What was searched last: searched again when the filters change. */
type Target =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'place'; readonly place: Place };

const RESULT_LIMIT = 20;

export interface CareSearch {
  readonly state: SearchState;
  readonly coverage: Coverage | undefined;
  readonly searchText: (text: string, filters: SearchFilters) => void;
  readonly searchPlace: (place: Place, filters: SearchFilters) => void;
  /** Runs the last search again with new filters (nothing when nothing was searched yet). */
  readonly repeat: (filters: SearchFilters) => void;
}

/**
 * Searches online when possible and falls back on the directory saved on the device (snapshot + postal-code
 * table, read only when needed), which is refreshed in the background whenever the app is online.
 */
export function useCareSearch(now: () => Date): CareSearch {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const [coverage, setCoverage] = useState<Coverage | undefined>(undefined);
  const lastTarget = useRef<Target | undefined>(undefined);
  const latestRun = useRef(0);

  useEffect(
    () =>
      // The coverage of a live search answer wins over the saved copy's. It arrives from the directory worker
      // while the screen starts: a transition, so that re-rendering the care finder yields to the browser
      // (an update from a worker's message otherwise renders in one task, ADR 0010).
      refreshDirectoryInBackground(now(), (saved) =>
        startTransition(() => setCoverage((current) => current ?? saved)),
      ),
    [now],
  );

  const run = useCallback((target: Target, filters: SearchFilters) => {
    lastTarget.current = target;
    latestRun.current += 1;
    const thisRun = latestRun.current;
    setState({ status: 'loading' });
    void runSearch(target, filters).then((outcome) => {
      if (thisRun !== latestRun.current) return; // a newer search has started
      if (outcome.coverage !== undefined) setCoverage(outcome.coverage);
      setState(outcome.state);
    });
  }, []);

  const searchText = useCallback(
    (text: string, filters: SearchFilters) => run({ kind: 'text', text: text.trim() }, filters),
    [run],
  );
  const searchPlace = useCallback(
    (place: Place, filters: SearchFilters) => run({ kind: 'place', place }, filters),
    [run],
  );
  const repeat = useCallback(
    (filters: SearchFilters) => {
      if (lastTarget.current !== undefined) run(lastTarget.current, filters);
    },
    [run],
  );
  return { state, coverage, searchText, searchPlace, repeat };
}

type Outcome = { readonly state: SearchState; readonly coverage?: Coverage };

async function runSearch(target: Target, filters: SearchFilters): Promise<Outcome> {
  const common = { types: filters.types, publicServed: filters.publicServed, limit: RESULT_LIMIT };
  try {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new NetworkError('offline');
    const outcome = await searchStructures(
      target.kind === 'text'
        ? { near: target.text, ...common }
        : { latitude: target.place.latitude, longitude: target.place.longitude, ...common },
    );
    if (outcome.kind === 'ambiguous')
      return { state: { status: 'ambiguous', candidates: outcome.candidates } };
    if (outcome.kind === 'not_found') {
      return {
        state: {
          status: 'error',
          message: 'error.notFound',
          query: target.kind === 'text' ? target.text : '',
        },
      };
    }
    const { response } = outcome;
    // A chosen suggestion keeps its own name (the API calls a point searched by coordinates « Position »).
    const place = target.kind === 'place' ? target.place : response.place;
    if (target.kind === 'text') await rememberPlace(target.text, place, new Date()).catch(() => undefined);
    return {
      state: { status: 'results', place, structures: response.structures, offlineSavedAt: undefined },
      coverage: response.coverage,
    };
  } catch (error) {
    const recalled =
      target.kind === 'text' ? await recallPlace(target.text).catch(() => undefined) : undefined;
    const directory = await loadOfflineDirectory().catch(() => NO_DIRECTORY);
    return { state: searchOffline(target, recalled, filters, directory, error) };
  }
}

function searchOffline(
  target: Target,
  recalled: Place | undefined,
  filters: SearchFilters,
  directory: OfflineDirectory,
  cause: unknown,
): SearchState {
  const snapshot = directory.snapshot;
  if (snapshot === undefined) {
    return {
      status: 'error',
      message: cause instanceof NetworkError ? 'error.offlineNoData' : 'error.generic',
    };
  }
  const place =
    target.kind === 'place' ? target.place : (recalled ?? placeOfPostalCode(target.text, directory));
  if (place === undefined) return { status: 'error', message: 'error.offlineName' };
  const structures = nearestStructures(snapshot.body.structures, place, {
    types: filters.types,
    publicServed: filters.publicServed,
    limit: RESULT_LIMIT,
  });
  return { status: 'results', place, structures, offlineSavedAt: snapshot.savedAt };
}

function placeOfPostalCode(text: string, directory: OfflineDirectory): Place | undefined {
  const code = /^(\d{5})\b/.exec(text)?.[1];
  const point = code === undefined ? undefined : directory.postalCodes?.body.postalCodes[code];
  if (code === undefined || point === undefined) return undefined;
  return { kind: 'postal_code', label: code, postalCode: code, latitude: point[0], longitude: point[1] };
}
