import { scoreWho5, who5ChangeBand, who5Orientation, type WellbeingAssessment } from '@oz/core';
import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { SUICIDE_PREVENTION } from '../../ui/helplines.js';
import { useWellbeingText } from './messages.js';

/**
 * The score of one assessment, what it suggests and, when there is one, how it compares with the previous
 * assessment (±10 points, @oz/core who5ChangeBand). A low score brings an orientation, never a diagnosis.
 */
export function WellbeingResult(props: {
  readonly assessment: WellbeingAssessment;
  readonly previous?: WellbeingAssessment | undefined;
}): ReactNode {
  const w = useWellbeingText();
  const { percent, band } = scoreWho5(props.assessment.who5);
  const orientation = who5Orientation(band);
  const change =
    props.previous === undefined
      ? undefined
      : who5ChangeBand(scoreWho5(props.previous.who5).percent, percent);
  return (
    <section className="card" aria-labelledby="wellbeing-result-title" data-testid="wellbeing-result">
      <h2 id="wellbeing-result-title">{w('resultTitle')}</h2>
      <p className="level-badge" data-testid="wellbeing-score">
        {w('score', { score: percent })}
      </p>
      <p>{w(`band.${band}`)}</p>
      {change === undefined ? null : <p>{w(`change.${change}`)}</p>}
      {orientation === 'talk-if-it-lasts' ? <p>{w('orient.talk')}</p> : null}
      {orientation === 'see-a-professional' ? (
        <div className="stack">
          <p>{w('orient.professional')}</p>
          <p>{w('orient.3114')}</p>
          <div className="row">
            <a className="button" href={SUICIDE_PREVENTION.tel}>
              {w('orient.call3114')}
            </a>
            <Link to="/parler-a-un-professionnel" className="button">
              {w('orient.contact')}
            </Link>
          </div>
        </div>
      ) : null}
    </section>
  );
}
