import type { ReactNode } from 'react';
import { BreakWatch } from './BreakWatch.js';
import RecommendationCard from './RecommendationCard.js';

/**
 * The diary home's safety notices, a lazy chunk so the home stays light: the first days of a break, then the
 * live recommendation card (with today's total when today is a heavy day).
 */
export default function HomeSafetyNotices(props: { readonly heavyDayDrinks?: number }): ReactNode {
  return (
    <>
      <BreakWatch />
      <RecommendationCard {...props} />
    </>
  );
}
