import {
  compareResults,
  localize,
  maxTotal,
  resultAfter,
  resultBefore,
  type ResultComparison,
} from '@oz/core';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link } from '../../../app/Link.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useStored } from '../../../storage/changes.js';
import type { ProgrammeRunRecord } from '../../../storage/programmes.js';
import { allScreenings } from '../../../storage/repositories.js';
import type { ScreeningRecord } from '../../../storage/types.js';
import { isOzInstrument, QUESTIONNAIRES } from '../../screening/instruments.js';
import { useProgrammeText, type ProgrammeMessageKey } from '../messages.js';

// The WHO-5 check (features/wellbeing) ships in its own chunk, loaded when the person opens it.
const WellbeingCheck = lazy(() =>
  import('../../wellbeing/WellbeingCheck.js').then((module) => ({ default: module.WellbeingCheck })),
);

/** Quality of life at the end of a programme (issue 10): the WHO-5, offered, never required. */
function WellbeingAtTheEnd(props: { readonly run: ProgrammeRunRecord }): ReactNode {
  const p = useProgrammeText();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {p('review.wellbeing')}
      </button>
    );
  }
  return (
    <Suspense fallback={null}>
      <WellbeingCheck context={`programme:${props.run.programmeId}`} onCancel={() => setOpen(false)} />
    </Suspense>
  );
}

interface Review {
  readonly before: ScreeningRecord | undefined;
  readonly after: ScreeningRecord | undefined;
  readonly comparison: ResultComparison;
}

async function loadReview(run: ProgrammeRunRecord): Promise<Review> {
  const results = await allScreenings();
  const before = resultBefore(results, run.startedAt);
  const after = resultAfter(results, run.startedAt, before?.instrument);
  return { before, after, comparison: compareResults(before, after) };
}

const DIRECTION: Record<'lower' | 'same' | 'higher', ProgrammeMessageKey> = {
  lower: 'review.lower',
  same: 'review.same',
  higher: 'review.higher',
};

/**
 * The programme's last day: the questionnaire again, and the two results side by side (a table, so the
 * comparison is read the same way by everyone). Finishing never depends on taking it.
 */
export function ReviewAction(props: {
  readonly run: ProgrammeRunRecord;
  readonly onDone: () => void;
}): ReactNode {
  const { locale, dateTime } = useI18n();
  const p = useProgrammeText();
  const review = useStored(() => loadReview(props.run), `programme-review:${props.run.id}`);
  const { onDone } = props;
  // Reading the review is the day's action: the person may finish with or without the questionnaire.
  useEffect(() => onDone(), [onDone]);
  if (review.status === 'loading') return null;
  const { before, after, comparison } = review.value;
  const instrument =
    before !== undefined && isOzInstrument(before.instrument) ? before.instrument : 'audit-c';
  const questionnaire = QUESTIONNAIRES[instrument];
  const when = (record: ScreeningRecord): string => dateTime(new Date(record.takenAt), { dateStyle: 'long' });
  const score = (record: ScreeningRecord): string =>
    record.total === null ? '—' : p('review.outOf', { score: record.total, max: maxTotal(questionnaire) });

  return (
    <>
      <p>{p('review.prompt')}</p>
      <p>
        <Link to={`/evaluer/${instrument}`} className="button button-primary">
          {p('review.take')}
        </Link>
      </p>
      {comparison.kind === 'comparable' && before !== undefined && after !== undefined ? (
        <>
          <table className="data-table">
            <caption>{p('review.caption', { name: localize(questionnaire.name, locale) })}</caption>
            <thead>
              <tr>
                <th scope="col">{p('review.when')}</th>
                <th scope="col">{p('review.score')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">
                  {p('review.before')} ({when(before)})
                </th>
                <td>{score(before)}</td>
              </tr>
              <tr>
                <th scope="row">
                  {p('review.after')} ({when(after)})
                </th>
                <td>{score(after)}</td>
              </tr>
            </tbody>
          </table>
          <p>{p(DIRECTION[comparison.direction])}</p>
          {comparison.direction === 'lower' ? null : (
            <p>
              <Link to="/parler-a-un-professionnel">{p('review.contact')}</Link>
            </p>
          )}
        </>
      ) : (
        <p className="muted">
          {before === undefined
            ? p('review.noBefore')
            : after === undefined
              ? p('review.notYet')
              : p('review.notComparable')}
        </p>
      )}
      <WellbeingAtTheEnd run={props.run} />
      <p>{p('review.finish')}</p>
    </>
  );
}
