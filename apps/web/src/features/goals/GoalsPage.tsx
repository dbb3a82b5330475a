import type { ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { PageTitle } from '../../ui/PageTitle.js';
import RecommendationCard from '../recommendation/RecommendationCard.js';
import { currentPathway } from '../screening/pathway.js';
import { GoalForm } from './GoalForm.js';
import { loadGoals } from './goalHistory.js';
import { GoalSummary, WeekHistory } from './GoalWeeks.js';

/** Goals: the person chooses (repères suggested), each week evaluated, history kept. */
export default function GoalsPage(): ReactNode {
  const { t } = useI18n();
  const now = today();
  const state = useStored(() => loadGoals(now), `goals:${now}`);
  const pathway = useStored(currentPathway, 'pathway');
  if (state.status === 'loading') {
    // The title and the introduction do not wait for the goals (and are what the prerendered page shows).
    return (
      <>
        <PageTitle>{t('goals.title')}</PageTitle>
        <p>{t('goals.intro')}</p>
        <p className="muted">{t('common.loading')}</p>
      </>
    );
  }
  const { goals, weeks } = state.value;
  const current = goals[0];
  const thisWeek = weeks[0];
  return (
    <>
      <PageTitle>{t('goals.title')}</PageTitle>
      <p>{t('goals.intro')}</p>
      <RecommendationCard />
      {current === undefined || thisWeek === undefined ? null : (
        <GoalSummary goal={current} week={thisWeek.evaluation} />
      )}
      <GoalForm
        key={current?.id ?? 'new'}
        current={current}
        withdrawalCaution={pathway.status === 'ready' && pathway.value.withdrawalCaution}
      />
      {weeks.length > 1 ? <WeekHistory weeks={weeks.slice(1)} /> : null}
    </>
  );
}
