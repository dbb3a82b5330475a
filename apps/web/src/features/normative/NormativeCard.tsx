import { localize, NORMATIVE_SOURCE_DETAILS, type NormativeFeedback } from '@oz/core';
import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useNormative } from './loadNormative.js';
import { useNormativeText } from './messages.js';

function Comparison(props: {
  readonly feedback: Extract<NormativeFeedback, { kind: 'comparison' }>;
}): ReactNode {
  const { locale } = useI18n();
  const n = useNormativeText();
  const { figure, standing } = props.feedback;
  const source = NORMATIVE_SOURCE_DETAILS[figure.source];
  return (
    <>
      <p>{n(`standing.${standing}`)}</p>
      <p>
        {n('figure', {
          percent: figure.percentAboveReperes,
          population: localize(figure.population, locale),
        })}
        {props.feedback.outsideSurveyAges ? ` ${n('outsideAges')}` : ''}
      </p>
      <p className="small muted">{n('reperes')}</p>
      <p className="small muted">
        {n('source', { citation: source.citation, year: String(source.year) })}{' '}
        <a href={source.url} target="_blank" rel="noreferrer">
          {n('sourceLink')}
        </a>
      </p>
    </>
  );
}

/**
 * Where the person's recent weeks stand against the repères, and how common exceeding them is among French
 * adults of the same sex and age band. Nothing is shown until there is something to say (2 weeks of diary,
 * or an estimate after a screening); no comparison at all when the repère is zero.
 */
export function NormativeCard(props: { readonly useEstimate?: boolean }): ReactNode {
  const n = useNormativeText();
  const loaded = useNormative(props.useEstimate === true);
  if (loaded.status === 'loading' || loaded.value === undefined) return null;
  const feedback = loaded.value;
  if (feedback.kind === 'not-enough-data') return null;
  return (
    <section className="card" aria-labelledby="normative-title" data-testid="normative-feedback">
      <h2 id="normative-title">{n('title')}</h2>
      {feedback.kind === 'zero-repere' ? (
        <>
          <p>{n(`zero.${feedback.reason}`)}</p>
          <p>
            {n('zeroHelp')} <Link to="/parler-a-un-professionnel">{n('zeroLink')}</Link>
          </p>
        </>
      ) : (
        <Comparison feedback={feedback} />
      )}
    </section>
  );
}

export default NormativeCard;
