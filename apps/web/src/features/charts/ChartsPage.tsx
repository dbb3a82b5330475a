import { addDays, isAbove, weeklyReport, weekStart, type WeeklyReport } from '@oz/core';
import { useState, type ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { Icon } from '../../ui/icons.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { usePersonReperes } from '../../ui/usePersonReperes.js';
import { diaryOf } from '../diary/model.js';
import { useDiaryRange } from '../diary/useDiary.js';
import { BarChart } from './BarChart.js';
import { DataTable } from './DataTable.js';

const WEEKS = 12;

/**
 * Charts: the days of a week and 12 weekly totals against the person's repères (2 and 10; zero during pregnancy
 * and under 18; 2 and 7 from 65), each with a text table.
 */
export default function ChartsPage(): ReactNode {
  const { t, day, drinks } = useI18n();
  const { limits, zeroReason } = usePersonReperes();
  const dayLine =
    zeroReason === null ? t('charts.dayLine', { limit: limits.maxPerDay }) : t('charts.zeroLine');
  const weekLine =
    zeroReason === null ? t('charts.weekLine', { limit: limits.maxPerWeek }) : t('charts.zeroLine');
  const currentMonday = weekStart(today());
  const [monday, setMonday] = useState(currentMonday);
  const firstMonday = addDays(currentMonday, -7 * (WEEKS - 1));
  const from = monday < firstMonday ? monday : firstMonday;
  const loaded = useDiaryRange(from, addDays(currentMonday, 6));
  if (loaded.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  const { entries, days } = loaded.value;
  const diary = diaryOf(entries, days);
  const week = weeklyReport(diary, monday, limits);
  const weeks: WeeklyReport[] = Array.from({ length: WEEKS }, (_, index) =>
    weeklyReport(diary, addDays(firstMonday, 7 * index), limits),
  );
  const dayName = (date: string): string => day(date as typeof monday, { weekday: 'short' });
  const weekTitle = t('charts.weekTitle', { date: day(monday, { day: 'numeric', month: 'long' }) });
  const daysAbove = week.daysOverDailyLimit;
  const weeksAbove = weeks.filter((report) => isAbove(report.totalStandardDrinks, limits.maxPerWeek)).length;

  return (
    <>
      <PageTitle>{t('charts.title')}</PageTitle>
      <section className="card" aria-labelledby="chart-week-heading">
        <div className="spread">
          <button
            type="button"
            className="button button-quiet"
            aria-label={t('charts.previousWeek')}
            onClick={() => setMonday(addDays(monday, -7))}
          >
            <Icon name="back" />
          </button>
          <h2 id="chart-week-heading" aria-live="polite" style={{ margin: 0 }}>
            {weekTitle}
          </h2>
          <button
            type="button"
            className="button button-quiet"
            aria-label={t('charts.nextWeek')}
            disabled={monday >= currentMonday}
            onClick={() => setMonday(addDays(monday, 7))}
          >
            <Icon name="chevron" />
          </button>
        </div>
        <BarChart
          id="chart-week"
          title={weekTitle}
          description={t('charts.weekSummary', { total: drinks(week.totalStandardDrinks), count: daysAbove })}
          bars={week.days.map((date, index) => ({
            key: date,
            label: dayName(date),
            value: week.byDay[index] ?? 0,
          }))}
          limit={limits.maxPerDay}
          limitLabel={dayLine}
        />
        <p>{t('charts.weekSummary', { total: drinks(week.totalStandardDrinks), count: daysAbove })}</p>
        <DataTable
          caption={weekTitle}
          header={t('charts.dayColumn')}
          rows={week.days.map((date, index) => ({
            key: date,
            label: day(date),
            value: week.byDay[index] ?? 0,
          }))}
          limit={limits.maxPerDay}
        />
      </section>
      <section className="card" aria-labelledby="chart-weeks-heading">
        <h2 id="chart-weeks-heading">{t('charts.weeksTitle', { count: WEEKS })}</h2>
        <BarChart
          id="chart-weeks"
          title={t('charts.weeksTitle', { count: WEEKS })}
          description={t('charts.weeksSummary', { count: weeksAbove, total: WEEKS })}
          bars={weeks.map((report) => ({
            key: report.weekStart,
            label: day(report.weekStart, { day: 'numeric', month: 'numeric' }),
            value: report.totalStandardDrinks,
          }))}
          limit={limits.maxPerWeek}
          limitLabel={weekLine}
        />
        <p>{t('charts.weeksSummary', { count: weeksAbove, total: WEEKS })}</p>
        <DataTable
          caption={t('charts.weeksTitle', { count: WEEKS })}
          header={t('charts.weekColumn')}
          rows={weeks.map((report) => ({
            key: report.weekStart,
            label: t('goals.weekOf', { date: day(report.weekStart, { day: 'numeric', month: 'long' }) }),
            value: report.totalStandardDrinks,
          }))}
          limit={limits.maxPerWeek}
        />
      </section>
    </>
  );
}
