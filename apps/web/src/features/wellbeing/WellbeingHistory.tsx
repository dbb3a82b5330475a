import { WHO5_LIKELY_DEPRESSION_MAX, WHO5_POOR_WELLBEING_MAX, type WellbeingPoint } from '@oz/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useWellbeingText } from './messages.js';

const WIDTH = 320;
const HEIGHT = 160;
const PAD = { top: 10, right: 12, bottom: 24, left: 30 };

function y(percent: number): number {
  return PAD.top + ((100 - percent) / 100) * (HEIGHT - PAD.top - PAD.bottom);
}

function x(index: number, count: number): number {
  const inner = WIDTH - PAD.left - PAD.right;
  return count <= 1 ? PAD.left + inner / 2 : PAD.left + (index / (count - 1)) * inner;
}

/** The person's WHO-5 scores as a line (decorative: the table below says the same, for everyone). */
function Chart(props: { readonly points: readonly WellbeingPoint[] }): ReactNode {
  const { day } = useI18n();
  const w = useWellbeingText();
  const { points } = props;
  const path = points
    .map(
      (point, index) =>
        `${index === 0 ? 'M' : 'L'}${String(x(index, points.length))},${String(y(point.percent))}`,
    )
    .join(' ');
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <svg
      className="wellbeing-chart"
      viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
      role="img"
      aria-label={w('chartLabel')}
      data-testid="wellbeing-chart"
    >
      {[0, WHO5_LIKELY_DEPRESSION_MAX, WHO5_POOR_WELLBEING_MAX, 100].map((level) => (
        <g key={level}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(level)} y2={y(level)} className="wellbeing-grid" />
          <text x={PAD.left - 4} y={y(level) + 4} textAnchor="end" className="wellbeing-axis">
            {level}
          </text>
        </g>
      ))}
      <path d={path} className="wellbeing-line" />
      {points.map((point, index) => (
        <circle
          key={point.id}
          cx={x(index, points.length)}
          cy={y(point.percent)}
          r={4}
          className="wellbeing-dot"
        />
      ))}
      {first === undefined ? null : (
        <text x={PAD.left} y={HEIGHT - 6} className="wellbeing-axis">
          {day(first.date, { day: 'numeric', month: 'short' })}
        </text>
      )}
      {last === undefined || last === first ? null : (
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="wellbeing-axis">
          {day(last.date, { day: 'numeric', month: 'short' })}
        </text>
      )}
    </svg>
  );
}

/** The evolution: a chart and the same figures as a table (the accessible reading). */
export function WellbeingHistory(props: { readonly points: readonly WellbeingPoint[] }): ReactNode {
  const { day } = useI18n();
  const w = useWellbeingText();
  return (
    <section className="card" aria-labelledby="wellbeing-history-title">
      <h2 id="wellbeing-history-title">{w('historyTitle')}</h2>
      {props.points.length === 0 ? (
        <p>{w('historyEmpty')}</p>
      ) : (
        <>
          <Chart points={props.points} />
          <table className="data-table" data-testid="wellbeing-table">
            <caption className="visually-hidden">{w('tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{w('tableDate')}</th>
                <th scope="col" className="num">
                  {w('tableScore')}
                </th>
                <th scope="col">{w('tableChange')}</th>
              </tr>
            </thead>
            <tbody>
              {props.points.map((point) => (
                <tr key={point.id}>
                  <th scope="row">{day(point.date)}</th>
                  <td className="num">{point.percent}</td>
                  <td>{point.change === undefined ? w('tableFirst') : w(`changeShort.${point.change}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
