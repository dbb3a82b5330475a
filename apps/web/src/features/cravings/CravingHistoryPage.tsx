import { addDays, weeklyCravings, weekStart, type CravingWeek } from '@oz/core';
import type { ReactNode } from 'react';
import { today } from '../../app/clock.js';
import { Link } from '../../app/Link.js';
import { useToast } from '../../app/Toast.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useStored } from '../../storage/changes.js';
import { allCravings, deleteCraving, saveCraving } from '../../storage/support.js';
import type { CravingRecord } from '../../storage/supportTypes.js';
import { Icon } from '../../ui/icons.js';
import { PageTitle } from '../../ui/PageTitle.js';
import { BarChart } from '../charts/BarChart.js';
import { situationKey, useMotivationText } from '../motivation/messages.js';
import { useCravingText } from './messages.js';

const WEEKS = 12;

function WeeksTable(props: { readonly weeks: readonly CravingWeek[] }): ReactNode {
  const c = useCravingText();
  const { t, day, number } = useI18n();
  return (
    <details>
      <summary>{t('charts.showTable')}</summary>
      <table className="data-table">
        <caption className="visually-hidden">{c('history.chartTitle', { count: WEEKS })}</caption>
        <thead>
          <tr>
            <th scope="col">{c('history.colWeek')}</th>
            <th scope="col" className="num">
              {c('history.colCount')}
            </th>
            <th scope="col" className="num">
              {c('history.colOvercome')}
            </th>
            <th scope="col" className="num">
              {c('history.colIntensity')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.weeks.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row" style={{ fontWeight: 400 }}>
                {c('history.week', { date: day(week.weekStart, { day: 'numeric', month: 'long' }) })}
              </th>
              <td className="num">{week.count}</td>
              <td className="num">{week.overcome}</td>
              <td className="num">
                {week.meanIntensity === null ? c('history.none') : number(week.meanIntensity)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function CravingItem(props: { readonly craving: CravingRecord }): ReactNode {
  const c = useCravingText();
  const m = useMotivationText();
  const { day } = useI18n();
  const toast = useToast();
  const { craving } = props;
  const details = [
    craving.situation === null ? null : m(situationKey(craving.situation)),
    ...craving.feelings.map((feeling) => m(situationKey(feeling))),
  ].filter((text): text is string => text !== null);
  return (
    <li className="list-row">
      <span>
        <strong>
          {c('history.item', { date: day(craving.date), time: craving.time, intensity: craving.intensity })}
        </strong>
        <span className="list-meta list-meta-line">
          {craving.drank ? c('history.drank') : `✓ ${c('history.overcome')}`}
          {details.length === 0 ? '' : ` — ${details.join(', ')}`}
        </span>
      </span>
      <button
        type="button"
        className="button button-quiet"
        aria-label={c('history.delete')}
        onClick={() => {
          void deleteCraving(craving.id).then(() =>
            toast.show(c('history.deleted'), () => {
              void saveCraving(craving);
            }),
          );
        }}
      >
        <Icon name="minus" size={20} />
      </button>
    </li>
  );
}

/** Cravings over the last 12 weeks (chart and table) and the full list, newest first. */
export default function CravingHistoryPage(): ReactNode {
  const { t, day } = useI18n();
  const c = useCravingText();
  const cravings = useStored(allCravings, 'cravings');
  if (cravings.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  const firstMonday = addDays(weekStart(today()), -7 * (WEEKS - 1));
  const weeks = weeklyCravings(cravings.value, firstMonday, WEEKS);
  const total = weeks.reduce((sum, week) => sum + week.count, 0);
  const overcome = weeks.reduce((sum, week) => sum + week.overcome, 0);
  const summary = c('history.chartSummary', { count: total, overcome, weeks: WEEKS });
  return (
    <>
      <PageTitle>{t('route.cravingHistory')}</PageTitle>
      <Link to="/envie-de-boire/noter" className="button button-primary button-block">
        {c('history.add')}
      </Link>
      <section className="card" aria-labelledby="craving-chart-title" style={{ marginTop: 'var(--space-4)' }}>
        <h2 id="craving-chart-title">{c('history.chartTitle', { count: WEEKS })}</h2>
        <BarChart
          id="craving-chart"
          title={c('history.chartTitle', { count: WEEKS })}
          description={summary}
          bars={weeks.map((week) => ({
            key: week.weekStart,
            label: day(week.weekStart, { day: 'numeric', month: 'numeric' }),
            value: week.count,
            ...(week.count === 0 ? {} : { valueLabel: String(week.count) }),
          }))}
        />
        <p>{summary}</p>
        <WeeksTable weeks={weeks} />
      </section>
      <section className="card" aria-labelledby="craving-list-title">
        <h2 id="craving-list-title">{c('history.listTitle')}</h2>
        {cravings.value.length === 0 ? (
          <p className="muted">{c('history.empty')}</p>
        ) : (
          <ul className="list">
            {cravings.value.map((craving) => (
              <CravingItem key={craving.id} craving={craving} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
