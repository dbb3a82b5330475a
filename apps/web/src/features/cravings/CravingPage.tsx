import { hasMotivation } from '@oz/core';
import type { ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { allPlans } from '../../storage/support.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { reasonKey, useMotivationText } from '../motivation/messages.js';
import { useMotivation } from '../motivation/store.js';
import { BreathingExercise } from './BreathingExercise.js';
import { CallHelpline } from './CallHelpline.js';
import { useCravingText } from './messages.js';
import { PlanSentence } from './PlanSentence.js';

const IDEAS = [
  'ideas.1',
  'ideas.2',
  'ideas.3',
  'ideas.4',
  'ideas.5',
  'ideas.6',
  'ideas.7',
  'ideas.8',
  'ideas.9',
] as const;

function OwnReasons(): ReactNode {
  const c = useCravingText();
  const m = useMotivationText();
  const motivation = useMotivation();
  if (motivation.status === 'loading') return null;
  const state = motivation.value;
  return (
    <section className="card" aria-labelledby="reasons-title">
      <h3 id="reasons-title">{c('reasons.title')}</h3>
      {hasMotivation(state) ? (
        <>
          {state.ownWords === '' ? null : <blockquote className="plan">{state.ownWords}</blockquote>}
          <ul>
            {state.reasons.map((reason) => (
              <li key={reason}>{m(reasonKey(reason))}</li>
            ))}
            {state.balance.gains.map((gain) => (
              <li key={`gain-${gain}`}>{gain}</li>
            ))}
          </ul>
          <Link to="/motivations">{c('reasons.edit')}</Link>
        </>
      ) : (
        <>
          <p>{c('reasons.empty')}</p>
          <Link to="/motivations" className="button">
            {c('reasons.add')}
          </Link>
        </>
      )}
    </section>
  );
}

function Plans(): ReactNode {
  const c = useCravingText();
  const plans = useStored(allPlans, 'plans');
  if (plans.status === 'loading') return null;
  return (
    <section className="card" aria-labelledby="plans-title">
      <h3 id="plans-title">{c('plans.title')}</h3>
      {plans.value.length === 0 ? (
        <>
          <p>{c('plans.empty')}</p>
          <Link to="/envie-de-boire/plans" className="button">
            {c('plans.write')}
          </Link>
        </>
      ) : (
        <>
          {plans.value.map((plan) => (
            <PlanSentence key={plan.id} plan={plan} />
          ))}
          <Link to="/envie-de-boire/plans">{c('plans.manage')}</Link>
        </>
      )}
    </section>
  );
}

/** « Envie de boire ? »: something to do now, then the phone, then (optionally) noting the craving. */
export default function CravingPage(): ReactNode {
  const { t } = useI18n();
  const c = useCravingText();
  return (
    <>
      <PageTitle>{t('route.craving')}</PageTitle>
      <p>{c('intro')}</p>
      <h2>{c('now.title')}</h2>
      <BreathingExercise />
      <section className="card" aria-labelledby="ideas-title">
        <h3 id="ideas-title">{c('ideas.title')}</h3>
        <ul>
          {IDEAS.map((idea) => (
            <li key={idea}>{c(idea)}</li>
          ))}
        </ul>
      </section>
      <OwnReasons />
      <Plans />
      <CallHelpline />
      <section className="card" aria-labelledby="log-title">
        <h2 id="log-title">{c('log.title')}</h2>
        <p>{c('log.intro')}</p>
        <div className="stack">
          <Link to="/envie-de-boire/noter" className="button button-primary button-block">
            {c('log.open')}
          </Link>
          <Link to="/envie-de-boire/historique" className="button button-block">
            {c('log.history')}
          </Link>
        </div>
      </section>
    </>
  );
}
