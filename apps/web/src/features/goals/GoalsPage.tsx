import type { IsoDate } from '@oz/core';
import type { ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { primeStored, useStored } from '../../storage/changes.js';
import { PageTitle } from '../../ui/PageTitle.js';
import RecommendationCard from '../recommendation/RecommendationCard.js';
import { currentPathway } from '../screening/pathway.js';
import { GoalForm } from './GoalForm.js';
import { loadGoals } from './goalHistory.js';
import { GoalSummary, WeekHistory } from './GoalWeeks.js';

const goalsKey = (now: IsoDate): string => `goals:${now}`;
const PATHWAY_KEY = 'pathway';

/**
 * Reads the goals and the pathway at boot, while the screen's chunk loads (main.tsx): the first commit then
 * shows them, with no loading line and no second render of the screen (ADR 0010).
 */
export async function prime(): Promise<void> {
  const now = today();
  await Promise.all([
    primeStored(goalsKey(now), () => loadGoals(now)),
    primeStored(PATHWAY_KEY, currentPathway),
  ]);
}

/** Goals: the person chooses (repères suggested), each week evaluated, history kept. */
export default function GoalsPage(): ReactNode {
  const { t } = useI18n();
  const now = today();
  const state = useStored(() => loadGoals(now), goalsKey(now));
  const pathway = useStored(currentPathway, PATHWAY_KEY);
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
