import type { Place } from '@oz/contracts';
import { Suspense, lazy, useState } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useHelpText } from './messages.js';
import { StructureCard } from './StructureCard.js';
import type { SearchState } from './useCareSearch.js';

const StructureMap = lazy(() => import('./StructureMap.js'));

/** Beyond this distance the nearest place is not "near": say so and point to the helpline. */
const FAR_AWAY_KM = 50;

/** The answer to a search: results (with the map on demand), a choice between homonyms, or a readable error. */
export function Results(props: {
  readonly state: SearchState;
  readonly onPickPlace: (place: Place) => void;
}): ReactNode {
  const text = useHelpText();
  const { state } = props;
  if (state.status === 'idle') return null;
  if (state.status === 'loading') {
    return (
      <p className="muted" role="status">
        …
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p className="notice notice-error" role="alert">
        {text(state.message, { query: state.query ?? '' })}
      </p>
    );
  }
  if (state.status === 'ambiguous') {
    return (
      <section className="card" aria-labelledby="help-ambiguous-title">
        <h2 id="help-ambiguous-title">{text('ambiguous.title')}</h2>
        <div className="stack">
          {state.candidates.map((candidate) => (
            <button
              key={candidate.query ?? candidate.label}
              type="button"
              className="button button-block"
              onClick={() => props.onPickPlace(candidate)}
            >
              {candidate.label}
              {candidate.postalCode === undefined ? '' : ` · ${candidate.postalCode}`}
            </button>
          ))}
        </div>
      </section>
    );
  }
  return <ResultList state={state} />;
}

function ResultList({ state }: { readonly state: Extract<SearchState, { status: 'results' }> }): ReactNode {
  const text = useHelpText();
  const { number, dateTime } = useI18n();
  const [showMap, setShowMap] = useState(false);
  const nearest = state.structures[0];
  return (
    <section aria-labelledby="help-results-title">
      <h2 id="help-results-title">{text('results.title', { place: state.place.label })}</h2>
      {state.offlineSavedAt === undefined ? null : (
        <p className="notice small" role="status">
          {text('results.offline', { date: dateTime(new Date(state.offlineSavedAt), { dateStyle: 'long' }) })}
        </p>
      )}
      <p role="status">{text('results.count', { count: state.structures.length })}</p>
      {nearest !== undefined && nearest.distanceKm > FAR_AWAY_KM ? (
        <p className="notice notice-caution">
          {text('results.farAway', { km: number(nearest.distanceKm, { maximumFractionDigits: 0 }) })}
        </p>
      ) : null}
      <p className="muted small">{text('results.distanceNote')}</p>
      {state.structures.some((structure) => structure.acceptingNewPeople === false) ? (
        <p className="muted small">{text('results.notAcceptingNote')}</p>
      ) : null}
      {state.structures.length === 0 ? null : (
        <button
          type="button"
          className="button button-block"
          aria-expanded={showMap}
          onClick={() => setShowMap(!showMap)}
        >
          {showMap ? text('results.hideMap') : text('results.showMap')}
        </button>
      )}
      {showMap ? (
        <Suspense fallback={<p className="muted small">…</p>}>
          <StructureMap place={state.place} structures={state.structures} />
        </Suspense>
      ) : null}
      {state.structures.map((structure) => (
        <StructureCard key={structure.id} structure={structure} />
      ))}
    </section>
  );
}
