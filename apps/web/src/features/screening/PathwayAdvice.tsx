import { articlesForPathway, type PathwayRecommendation } from '@oz/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { WithdrawalCaution } from '../../ui/WithdrawalCaution.js';

// Articles to read next (issue 10), loaded with their data only when the advice is shown.
const ArticleLinks = lazy(() => import('../articles/ArticleLinks.js'));

/** The recommended pathway in plain words, why, and the next steps (with the suggested structure type). */
export function PathwayAdvice({ pathway }: { readonly pathway: PathwayRecommendation }): ReactNode {
  const { t } = useI18n();
  const firstType = pathway.suggestedStructureTypes[0];
  const helpLink = firstType === undefined ? '/aide' : `/aide?type=${firstType}`;
  const reasons = pathway.reasons.filter((reason) => reason.code !== 'no-data');
  return (
    <section className="card" aria-labelledby="pathway-title">
      <h2 id="pathway-title">{t(`pathway.level.${pathway.level}.title`)}</h2>
      <p>{t(`pathway.level.${pathway.level}.body`)}</p>
      {reasons.length === 0 ? null : (
        <details>
          <summary>{t('pathway.why')}</summary>
          <ul>
            {reasons.map((reason) => (
              <li key={reason.code}>{t(`pathway.reason.${reason.code}`, reason.data ?? {})}</li>
            ))}
          </ul>
        </details>
      )}
      {pathway.withdrawalCaution ? <WithdrawalCaution /> : null}
      <h3>{t('pathway.nextSteps')}</h3>
      <div className="stack">
        {pathway.level === 'inform' || pathway.level === 'self-help' ? null : (
          <Link to={helpLink} className="button button-primary button-block">
            {t('pathway.findHelp')}
          </Link>
        )}
        <Link to="/" className="button button-block">
          {t('pathway.startDiary')}
        </Link>
        <Link to="/objectifs" className="button button-block">
          {t('pathway.setGoal')}
        </Link>
        {pathway.level === 'inform' || pathway.level === 'self-help' ? (
          <Link to={helpLink} className="button button-quiet button-block">
            {t('pathway.talkToSomeone')}
          </Link>
        ) : null}
      </div>
      <Suspense fallback={null}>
        <ArticleLinks ids={articlesForPathway(pathway)} />
      </Suspense>
    </section>
  );
}
