import { addDays, isoDate, WEEKDAYS, type GoalWeekEvaluation, type Weekday } from '@oz/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { GoalRecord } from '../../storage/types.js';
import type { GoalWeek } from './goalHistory.js';

/** A known Monday, to name weekdays in the person's language with Intl. */
const A_MONDAY = isoDate('2024-01-01');

export function useWeekdayName(): (weekday: Weekday) => string {
  const { day } = useI18n();
  return (weekday) => day(addDays(A_MONDAY, WEEKDAYS.indexOf(weekday)), { weekday: 'long' });
}

export function GoalDescription({ goal }: { readonly goal: GoalRecord }): ReactNode {
  const { t, number: drinks } = useI18n();
  const weekdayName = useWeekdayName();
  return (
    <ul>
      <li>{t('goals.describeWeek', { max: drinks(goal.maxStandardDrinksPerWeek) })}</li>
      {goal.maxStandardDrinksPerWeek > 0 ? (
        <li>{t('goals.describeDay', { max: drinks(goal.maxStandardDrinksPerDrinkingDay) })}</li>
      ) : null}
      <li>
        {goal.drinkFreeWeekdays.length === 0
          ? t('goals.describeNoFreeDays')
          : t('goals.describeFreeDays', { days: goal.drinkFreeWeekdays.map(weekdayName).join(', ') })}
      </li>
    </ul>
  );
}

const STATUS_SYMBOL: Record<GoalWeekEvaluation['status'], string> = {
  achieved: '✓',
  missed: '▲',
  'in-progress': '…',
  incomplete: '?',
};

function WeekStatus({ week }: { readonly week: GoalWeekEvaluation }): ReactNode {
  const { t } = useI18n();
  return (
    <span>
      <span aria-hidden="true" className="mark">
        {STATUS_SYMBOL[week.status]}
      </span>{' '}
      {t(`goals.status.${week.status}`)}
    </span>
  );
}

export function GoalSummary({
  goal,
  week,
}: {
  readonly goal: GoalRecord;
  readonly week: GoalWeekEvaluation;
}): ReactNode {
  const { t, drinks } = useI18n();
  return (
    <section className="card" aria-labelledby="goal-current">
      <h2 id="goal-current">{t('goals.current')}</h2>
      <GoalDescription goal={goal} />
      <h3>{t('goals.thisWeek')}</h3>
      <p>
        <WeekStatus week={week} />
      </p>
      <p data-testid="goal-remaining">
        {t('goals.progress', {
          total: drinks(week.totalStandardDrinks),
          max: drinks(goal.maxStandardDrinksPerWeek),
        })}
        .{' '}
        {week.remainingStandardDrinks > 0
          ? t('goals.remaining', { remaining: drinks(week.remainingStandardDrinks) })
          : null}
      </p>
    </section>
  );
}

export function WeekHistory({ weeks }: { readonly weeks: readonly GoalWeek[] }): ReactNode {
  const { t, day, drinks } = useI18n();
  return (
    <section className="card" aria-labelledby="goal-history">
      <h2 id="goal-history">{t('goals.history')}</h2>
      <p className="small muted">{t('goals.historyHint')}</p>
      <ul className="list">
        {weeks.map(({ evaluation, goal }) => (
          <li key={evaluation.weekStart} className="list-row">
            <span>
              {t('goals.weekOf', { date: day(evaluation.weekStart, { day: 'numeric', month: 'long' }) })}
              <span className="list-meta list-meta-line">
                {t('goals.progress', {
                  total: drinks(evaluation.totalStandardDrinks),
                  max: drinks(goal.maxStandardDrinksPerWeek),
                })}
              </span>
            </span>
            <WeekStatus week={evaluation} />
          </li>
        ))}
      </ul>
    </section>
  );
}
