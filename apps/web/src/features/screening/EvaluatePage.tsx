import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { primeStored, useStored } from '../../storage/changes.js';
import { allScreenings } from '../../storage/repositories.js';
import type { ScreeningRecord } from '../../storage/types.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { instrumentName, maxOf, type OzInstrument } from './instruments.js';
import { levelKey } from './ResultSummary.js';
import { takenOnText } from './takenOn.js';

const TESTS: readonly { id: OzInstrument; to: string }[] = [
  { id: 'audit-c', to: '/test-rapide' },
  { id: 'audit', to: '/evaluer/audit' },
  { id: 'face', to: '/evaluer/face' },
];

/** The latest two results of one questionnaire (same version only: otherwise not comparable). */
type Scored = ScreeningRecord & { readonly total: number };

function comparison(
  history: readonly ScreeningRecord[],
  instrument: string,
): readonly [Scored, Scored] | null {
  const same = history.filter(
    (record): record is Scored => record.instrument === instrument && record.total !== null,
  );
  const [latest, previous] = same;
  if (latest === undefined || previous === undefined || latest.version !== previous.version) return null;
  return [latest, previous];
}

function Compare({ history }: { readonly history: readonly ScreeningRecord[] }): ReactNode {
  const { t, locale, dateTime } = useI18n();
  const pairs = TESTS.map((test) => comparison(history, test.id)).filter((pair) => pair !== null);
  if (pairs.length === 0) return <p className="muted">{t('evaluate.compareEmpty')}</p>;
  return (
    <ul className="list">
      {pairs.map(([latest, previous]) => {
        const change = latest.total - previous.total;
        const key =
          change < 0 ? 'evaluate.compareDown' : change > 0 ? 'evaluate.compareUp' : 'evaluate.compareSame';
        return (
          <li key={latest.instrument} className="list-row list-row-text">
            <strong>{instrumentName(latest.instrument, locale)}</strong>
            <p className="small">
              {t('evaluate.compareLine', {
                latest: latest.total,
                latestDate: dateTime(new Date(latest.takenAt), { dateStyle: 'medium' }),
                previous: previous.total,
                previousDate: dateTime(new Date(previous.takenAt), { dateStyle: 'medium' }),
              })}{' '}
              {t(key, { points: Math.abs(change), count: Math.abs(change) })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

const SCREENINGS_KEY = 'screenings';

/**
 * Reads the past results at boot, while the screen's chunk loads (main.tsx): the first commit then shows them,
 * with no loading line and no second render of the screen (ADR 0010).
 */
export function prime(): Promise<void> {
  return primeStored(SCREENINGS_KEY, allScreenings);
}

/** Évaluer: the three questionnaires, every past result with its date, and a comparison. */
export default function EvaluatePage(): ReactNode {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const history = useStored(allScreenings, SCREENINGS_KEY);
  const results = history.status === 'ready' ? history.value : [];
  // Until the results are read, « no result yet » would be a claim about the person's data: say it is loading.
  const loading = <p className="muted">{t('common.loading')}</p>;
  return (
    <>
      <PageTitle>{t('evaluate.title')}</PageTitle>
      <p>{t('evaluate.intro')}</p>
      {TESTS.map((test) => (
        <section key={test.id} className="card" aria-labelledby={`test-${test.id}`}>
          <h2 id={`test-${test.id}`}>{instrumentName(test.id, locale)}</h2>
          <p className="muted small">{t(`evaluate.about.${test.id}`)}</p>
          <Link to={test.to} className="button button-primary">
            {t(results.some((r) => r.instrument === test.id) ? 'evaluate.retake' : 'evaluate.take', {
              name: instrumentName(test.id, locale),
            })}
          </Link>
        </section>
      ))}
      <section className="card" aria-labelledby="compare-title">
        <h2 id="compare-title">{t('evaluate.compareTitle')}</h2>
        {history.status === 'loading' ? loading : <Compare history={results} />}
      </section>
      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t('evaluate.historyTitle')}</h2>
        {history.status === 'loading' ? (
          loading
        ) : results.length === 0 ? (
          <p className="muted">{t('evaluate.historyEmpty')}</p>
        ) : (
          <ul className="list">
            {results.map((record) => (
              <li key={record.id}>
                <Link to={`/resultat/${record.id}`} className="list-button">
                  <span>
                    <strong>{instrumentName(record.instrument, locale)}</strong>
                    <span className="list-meta list-meta-line">
                      {takenOnText(i18n, record, { dateStyle: 'long' })} ·{' '}
                      {record.total === null
                        ? null
                        : `${t('result.score', { total: record.total, max: maxOf(record.instrument) })} · `}
                      {t(levelKey(record, 'label'))}
                    </span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
