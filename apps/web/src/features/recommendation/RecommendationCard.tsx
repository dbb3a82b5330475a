import type { LiveRecommendation } from '@oz/core';
import { useId, type ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useToast } from '../../app/Toast.js';
import { runWrite } from '../../app/useWrite.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { hideCard, useLiveRecommendation } from './live.js';
import { useRecommendationText } from './messages.js';

/** Levels a card speaks for (a withdrawal caution always comes with at least a brief intervention). */
type CardLevel = 'brief-intervention' | 'specialist';

function cardLevel(recommendation: LiveRecommendation): CardLevel {
  return recommendation.level === 'specialist' ? 'specialist' : 'brief-intervention';
}

function CardBody(props: {
  readonly recommendation: LiveRecommendation;
  readonly heavyDayDrinks: number | undefined;
}): ReactNode {
  const { t, drinks } = useI18n();
  const text = useRecommendationText();
  const toast = useToast();
  const titleId = useId();
  const { recommendation, heavyDayDrinks } = props;
  const level = cardLevel(recommendation);
  const firstType = recommendation.suggestedStructureTypes[0];
  const reasons = recommendation.reasons.filter((reason) => reason.code !== 'no-data');
  const hide = async (): Promise<void> => {
    const hidden = await runWrite(() => hideCard(recommendation));
    if (hidden.ok) toast.show(text('card.hidden'));
  };
  return (
    <section className="card" aria-labelledby={titleId} data-testid="recommendation-card">
      <h2 id={titleId}>{text(`card.title.${level}`)}</h2>
      {heavyDayDrinks === undefined ? null : (
        <p>{text('card.heavyDay', { amount: drinks(heavyDayDrinks) })}</p>
      )}
      <p>{text(`card.body.${level}`)}</p>
      {recommendation.withdrawalCaution ? (
        <p className="notice notice-caution">{text('card.caution')}</p>
      ) : null}
      {reasons.length === 0 ? null : (
        <details>
          <summary>{text('card.why')}</summary>
          <ul>
            {reasons.map((reason) => (
              <li key={reason.code}>{t(`pathway.reason.${reason.code}`, reason.data ?? {})}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="stack">
        <Link
          to={firstType === undefined ? '/aide' : `/aide?type=${firstType}`}
          className="button button-primary button-block"
        >
          {text('card.findHelp')}
        </Link>
        <Link to="/parler-a-un-professionnel" className="button button-block">
          {text('card.talk')}
        </Link>
        <button type="button" className="button button-quiet button-block" onClick={() => void hide()}>
          {text('card.hide')}
        </button>
      </div>
    </section>
  );
}

/**
 * The live recommendation where the person is (issue 8): shown when talking to a professional is advised or a
 * withdrawal caution is on, unless the person hid it in the last 7 days (it comes back sooner if the level
 * rises). `heavyDayDrinks`: the card follows the logging of a day at or above 6 standard drinks.
 */
export default function RecommendationCard(props: { readonly heavyDayDrinks?: number }): ReactNode {
  const live = useLiveRecommendation();
  if (live.status === 'loading' || !live.value.cardShown) return null;
  return <CardBody recommendation={live.value.recommendation} heavyDayDrinks={props.heavyDayDrinks} />;
}
