import type { ReactNode } from 'react';
import { ALCOOL_INFO_SERVICE, EUROPEAN_EMERGENCY, SAMU } from '../../ui/helplines.js';
import { useBreakWatchDay } from './breakWatch.js';
import { useRecommendationText } from './messages.js';

/**
 * During the first 7 days of a break, the warning signs of withdrawal and what to do (issue 8; red flags:
 * clinical.md B.8, addictaide « le sevrage »): a doctor or Alcool Info Service for the common signs, the 15 or
 * the 112 for confusion, hallucinations, fever or seizures.
 */
export function BreakWatch(): ReactNode {
  const text = useRecommendationText();
  const day = useBreakWatchDay();
  if (day.status === 'loading' || day.value === undefined) return null;
  return (
    <section className="notice notice-caution" aria-labelledby="break-watch-title" data-testid="break-watch">
      <h2 id="break-watch-title">{text('break.title')}</h2>
      <p>
        {text('break.day', { day: day.value })} {text('break.body')}
      </p>
      <p>
        {text('break.signs')} <a href={ALCOOL_INFO_SERVICE.tel}>{ALCOOL_INFO_SERVICE.display}</a>{' '}
        {text('break.aisWording')}
      </p>
      <p>
        <strong>
          {text('break.emergency')} <a href={SAMU.tel}>{SAMU.display}</a> {text('break.or')}{' '}
          <a href={EUROPEAN_EMERGENCY.tel}>{EUROPEAN_EMERGENCY.display}</a>.
        </strong>
      </p>
    </section>
  );
}
