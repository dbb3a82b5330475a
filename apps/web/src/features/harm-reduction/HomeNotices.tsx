import {
  addDays,
  dailyTotals,
  harmReductionMoment,
  PARTY_ADVICE_DAYS_BEFORE,
  PLAN_SUGGESTION_WINDOW_DAYS,
  suggestPlans,
  type HarmReductionMoment,
  type IsoDate,
  type PlanSuggestion,
} from '@oz/core';
import type { ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { Link } from '../../app/Link.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { allScreenings, daysBetween, entriesBetween } from '../../storage/repositories.js';
import { allPlans } from '../../storage/support.js';
import { PlanSentence } from '../cravings/PlanSentence.js';
import { situationKey, useMotivationText } from '../motivation/messages.js';
import { useHarmText } from './messages.js';

/*
 * The diary home's support notices, a lazy chunk so the home stays light: the harm-reduction advice before
 * a noted party or after a heavy day, the plan for a situation that keeps coming with days above the
 * repère (rules in @oz/core), and the quick test for someone who left the first visit before finishing it.
 */

interface HomeData {
  readonly moment: HarmReductionMoment | null;
  readonly suggestion: PlanSuggestion | undefined;
  readonly hasScreening: boolean;
}

async function loadHomeData(day: IsoDate): Promise<HomeData> {
  const from = addDays(day, -(PLAN_SUGGESTION_WINDOW_DAYS - 1));
  const [entries, days, plans, screenings] = await Promise.all([
    entriesBetween(from, day),
    daysBetween(from, addDays(day, PARTY_ADVICE_DAYS_BEFORE)),
    allPlans(),
    allScreenings(),
  ]);
  const totals = dailyTotals(entries);
  return {
    moment: harmReductionMoment({ today: day, days, dailyTotals: totals }),
    suggestion: suggestPlans({ today: day, days, dailyTotals: totals, plans })[0],
    hasScreening: screenings.length > 0,
  };
}

function MomentNotice(props: { readonly moment: HarmReductionMoment; readonly today: IsoDate }): ReactNode {
  const h = useHarmText();
  const { day, drinks } = useI18n();
  const { moment } = props;
  const tomorrow = addDays(props.today, 1);
  const when =
    moment.date === props.today
      ? h('home.today')
      : moment.date === tomorrow
        ? h('home.tomorrow')
        : h('home.onDay', { date: day(moment.date) });
  return (
    <section className="card" aria-labelledby="harm-notice-title" data-testid="harm-reduction-notice">
      <h2 id="harm-notice-title">
        {moment.kind === 'planned-party' ? h('home.partyTitle', { when }) : h('home.heavyTitle')}
      </h2>
      <p>
        {moment.kind === 'planned-party'
          ? h('home.partyBody')
          : h('home.heavyBody', {
              amount: drinks(moment.standardDrinks),
              when: moment.date === props.today ? h('home.heavyWhenToday') : h('home.heavyWhenYesterday'),
            })}
      </p>
      <Link to="/reduire-les-risques">{h('home.adviceLink')}</Link>
    </section>
  );
}

function SuggestionNotice(props: { readonly suggestion: PlanSuggestion }): ReactNode {
  const h = useHarmText();
  const m = useMotivationText();
  const { suggestion } = props;
  return (
    <section className="card" aria-labelledby="plan-notice-title" data-testid="plan-suggestion">
      <h2 id="plan-notice-title">{h('home.planTitle')}</h2>
      <p>
        {h('home.planBody', {
          situation: m(situationKey(suggestion.situation)),
          count: suggestion.daysAbove,
        })}
      </p>
      {suggestion.plans.length > 0 ? (
        <>
          <p>
            <strong>{h('home.planYours')}</strong>
          </p>
          {suggestion.plans.map((plan) => (
            <PlanSentence key={plan.id} plan={plan} />
          ))}
        </>
      ) : (
        <Link to={`/envie-de-boire/plans?situation=${suggestion.situation}`}>{h('home.planWrite')}</Link>
      )}
    </section>
  );
}

export default function HomeNotices(): ReactNode {
  const { t } = useI18n();
  const day = today();
  const data = useStored(() => loadHomeData(day), `home-notices-${day}`);
  if (data.status === 'loading') return null;
  const { moment, suggestion, hasScreening } = data.value;
  return (
    <>
      {hasScreening ? null : (
        <section className="card" aria-labelledby="resume-test-title" data-testid="resume-test">
          <h2 id="resume-test-title">{t('diary.resumeTestTitle')}</h2>
          <p>{t('diary.resumeTestBody')}</p>
          <Link to="/test-rapide" className="button">
            {t('diary.resumeTest')}
          </Link>
        </section>
      )}
      {moment === null ? null : <MomentNotice moment={moment} today={day} />}
      {suggestion === undefined ? null : <SuggestionNotice suggestion={suggestion} />}
    </>
  );
}
