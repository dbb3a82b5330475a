import type { MonthlySeries } from '@oz/contracts';
import type { ReactNode } from 'react';
import { useProI18n, type ProMessageKey } from '../i18n/ProI18n.js';
import { ProTable } from '../shell/ProTable.js';
import { countText, monthText } from './published.js';

const WIDTH = 640;
const HEIGHT = 160;
const PAD = { top: 16, right: 8, bottom: 24, left: 8 };

export interface NamedSeries {
  readonly name: ProMessageKey;
  readonly series: MonthlySeries;
}

/**
 * The first series as bars (a withheld month is an outlined bar marked « < 5 » or « masqué », never a made-up
 * height), then every series as a table: the table is the text equivalent of the chart.
 */
export function MonthlyTable(props: {
  readonly caption: ProMessageKey;
  readonly months: readonly string[];
  readonly rows: readonly NamedSeries[];
}): ReactNode {
  const i18n = useProI18n();
  const { t, locale } = i18n;
  const first = props.rows[0];
  return (
    <>
      {first === undefined ? null : (
        <MonthlyBars name={first.name} months={props.months} series={first.series} />
      )}
      <ProTable
        caption={t(props.caption)}
        columns={[t('impact.month'), ...props.rows.map((row) => t(row.name))]}
      >
        {props.months.map((month, index) => (
          <tr key={month}>
            <th scope="row">{monthText(month, locale)}</th>
            {props.rows.map((row) => {
              const count = row.series.byMonth[index];
              return <td key={row.name}>{count === undefined ? '' : countText(count, i18n)}</td>;
            })}
          </tr>
        ))}
        {props.rows.some((row) => row.series.total !== undefined) ? (
          <tr>
            <th scope="row">{t('impact.total')}</th>
            {props.rows.map((row) => (
              <td key={row.name}>
                {row.series.total === undefined ? '' : countText(row.series.total, i18n)}
              </td>
            ))}
          </tr>
        ) : null}
      </ProTable>
    </>
  );
}

function MonthlyBars(props: {
  readonly name: ProMessageKey;
  readonly months: readonly string[];
  readonly series: MonthlySeries;
}): ReactNode {
  const i18n = useProI18n();
  const values = props.series.byMonth.map((count) => ('value' in count ? count.value : 0));
  const max = Math.max(5, ...values);
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, props.months.length);
  const label = i18n.t('impact.chartLabel', {
    name: i18n.t(props.name),
    values: props.months
      .map((month, index) => {
        const count = props.series.byMonth[index];
        return `${monthText(month, i18n.locale)} ${count === undefined ? '' : countText(count, i18n)}`;
      })
      .join(', '),
  });
  return (
    <figure className="chart pro-chart">
      <svg viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`} role="img" aria-label={label}>
        {props.months.map((month, index) => {
          const count = props.series.byMonth[index];
          const x = PAD.left + index * slot + slot * 0.15;
          const shown = count !== undefined && 'value' in count;
          const height = shown ? (count.value / max) * innerH : innerH * 0.1;
          const top = PAD.top + innerH - height;
          return (
            <g key={month}>
              <rect
                x={x}
                y={top}
                width={slot * 0.7}
                height={height}
                className={shown ? 'bar' : 'bar-withheld'}
              />
              <text x={x + slot * 0.35} y={top - 3} textAnchor="middle">
                {count === undefined ? '' : countText(count, i18n)}
              </text>
              <text x={x + slot * 0.35} y={HEIGHT - 6} textAnchor="middle">
                {monthText(month, i18n.locale).split(' ')[0]}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
