import { isAbove, MAX_STANDARD_DRINKS_PER_WEEK } from '@oz/core';
import type { DiaryWeekSummary } from '@oz/contracts';
import type { ReactNode } from 'react';
import { useProI18n } from '../i18n/ProI18n.js';

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { top: 12, right: 8, bottom: 28, left: 32 };
/** The weekly repère of @oz/core (at most 10 standard drinks a week, Santé publique France 2017). */
const WEEKLY_LIMIT = MAX_STANDARD_DRINKS_PER_WEEK;

/**
 * Weekly totals as bars against the weekly repère. Bars above the line carry a ▲ (shape, not only
 * colour); the table beside it is the text equivalent, so the SVG is one labelled image.
 */
export function WeeklyChart({ weeks }: { readonly weeks: readonly DiaryWeekSummary[] }): ReactNode {
  const { t, day, drinks } = useProI18n();
  if (weeks.length === 0) return null;
  const max = Math.max(WEEKLY_LIMIT * 1.5, ...weeks.map((week) => week.standardDrinks));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const slot = innerW / weeks.length;
  const y = (value: number): number => PAD.top + innerH - (value / max) * innerH;
  const last = weeks[weeks.length - 1];
  const label = t('shared.chartLabel', {
    count: weeks.length,
    last: last === undefined ? '' : drinks(last.standardDrinks),
  });
  return (
    <figure className="chart pro-chart">
      <svg viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`} role="img" aria-label={label}>
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(WEEKLY_LIMIT)}
          y2={y(WEEKLY_LIMIT)}
          className="chart-limit"
        />
        <text x={PAD.left - 4} y={y(WEEKLY_LIMIT) + 4} textAnchor="end">
          {WEEKLY_LIMIT}
        </text>
        {weeks.map((week, index) => {
          const x = PAD.left + index * slot + slot * 0.15;
          const top = y(week.standardDrinks);
          const above = isAbove(week.standardDrinks, WEEKLY_LIMIT);
          return (
            <g key={week.weekStart}>
              <rect
                x={x}
                y={top}
                width={slot * 0.7}
                height={PAD.top + innerH - top}
                className={above ? 'bar-above' : 'bar'}
              />
              {above ? (
                <text x={x + slot * 0.35} y={top - 2} textAnchor="middle">
                  ▲
                </text>
              ) : null}
              {weeks.length <= 13 || index % 4 === 0 ? (
                <text x={x + slot * 0.35} y={HEIGHT - 8} textAnchor="middle">
                  {day(week.weekStart).replace(/\s\d{4}$/, '')}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="small muted">{t('shared.chartCaption')}</figcaption>
    </figure>
  );
}
