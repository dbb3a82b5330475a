import { addDays, dayRecord, isHeavyDrinkingDay, isIsoDate, type IsoDate } from '@oz/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { Link } from '../../app/Link.js';
import NotFoundPage from '../../app/NotFoundPage.js';
import type { RouteProps } from '../../app/routes.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { DayMark } from '../../ui/DayMark.js';
import { Icon } from '../../ui/icons.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { DayLogForm } from './DayLogForm.js';
import { EntryList } from './EntryList.js';
import { diaryOf, emptyDayLog } from './model.js';
import { useDiaryRange } from './useDiary.js';

// Right after a day at or above 6 standard drinks is logged, the live recommendation (issue 8).
const RecommendationCard = lazy(() => import('../recommendation/RecommendationCard.js'));

function DayView({ date }: { readonly date: IsoDate }): ReactNode {
  const { t, day, drinks } = useI18n();
  const loaded = useDiaryRange(date, date);
  const isFuture = date > today();
  return (
    <>
      <nav className="spread" aria-label={t('day.navigation')}>
        <Link
          to={`/journal/jour/${addDays(date, -1)}`}
          className="button button-quiet"
          style={{ whiteSpace: 'nowrap', paddingInline: 'var(--space-2)' }}
        >
          <Icon name="back" size={20} />
          {t('day.previous')}
        </Link>
        {isFuture ? null : (
          <Link
            to={`/journal/jour/${addDays(date, 1)}`}
            className="button button-quiet"
            style={{ whiteSpace: 'nowrap', paddingInline: 'var(--space-2)' }}
          >
            {t('day.next')}
            <Icon name="chevron" size={20} />
          </Link>
        )}
      </nav>
      <PageTitle>{day(date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}</PageTitle>
      {loaded.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        (() => {
          const { entries, days } = loaded.value;
          const record = dayRecord(diaryOf(entries, days), date);
          const log = days[0] ?? emptyDayLog(date);
          return (
            <>
              <section className="card" aria-labelledby="day-drinks">
                <h2 id="day-drinks">{t('day.drinks')}</h2>
                <p>
                  <DayMark status={record.status} withText />
                </p>
                <p data-testid="day-total">
                  {t('day.total', { amount: drinks(record.standardDrinks), count: record.standardDrinks })}
                </p>
                <EntryList entries={entries} empty={t('day.noEntry')} />
                <Link to={`/journal/ajouter?date=${date}`} className="button button-primary button-block">
                  <Icon name="plus" size={20} />
                  {t('day.addForDay')}
                </Link>
              </section>
              {isHeavyDrinkingDay(record.standardDrinks) ? (
                <Suspense fallback={null}>
                  <RecommendationCard heavyDayDrinks={record.standardDrinks} />
                </Suspense>
              ) : null}
              <DayLogForm
                key={log.updatedAt}
                log={log}
                hasDrinks={entries.length > 0}
                conflicting={record.conflicting}
              />
            </>
          );
        })()
      )}
    </>
  );
}

/** One day: its drinks (edit, add back-dated), drink-free declaration, mood, context tags, private note. */
export default function DayPage({ params }: RouteProps): ReactNode {
  const date = params['date'] ?? '';
  if (!isIsoDate(date)) return <NotFoundPage />;
  return <DayView key={date} date={date} />;
}
