import { isAbove } from '@oz/core';
import type { ReactNode } from 'react';

export interface Bar {
  readonly key: string;
  /** Short label under the bar. */
  readonly label: string;
  readonly value: number;
  /** Written above the bar when given (e.g. a count), so the value never depends on reading the height. */
  readonly valueLabel?: string;
}

/*
 * The viewBox is narrow enough that its 14-unit text stays at least 11–12 px on a 320 px wide screen (the
 * SVG scales down with its container), and labels are thinned out when there are many bars: the 12-week
 * chart's labels overlapped at 390 px (issue 10). Every value stays in the table beside the chart.
 */
const WIDTH = 300;
const HEIGHT = 190;
const FONT_SIZE = 14;
const PADDING = { top: 18, right: 6, bottom: 26, left: 26 };
/** Above this many bars, only every third label is written (always the last one, the current period). */
const MAX_LABELLED_BARS = 8;
const LABEL_STEP = 3;

function labelled(index: number, count: number): boolean {
  return count <= MAX_LABELLED_BARS || (count - 1 - index) % LABEL_STEP === 0;
}

/**
 * Accessible SVG bar chart, optionally with a reference line (a repère): bars above it carry a ▲ so the
 * meaning does not rely on colour. The parent supplies a text table equivalent.
 */
export function BarChart(props: {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly bars: readonly Bar[];
  readonly limit?: number;
  readonly limitLabel?: string;
}): ReactNode {
  const { bars, limit } = props;
  const max = Math.max((limit ?? 0) * 1.25, ...bars.map((bar) => bar.value), 1);
  const plotWidth = WIDTH - PADDING.left - PADDING.right;
  const plotHeight = HEIGHT - PADDING.top - PADDING.bottom;
  const slot = plotWidth / Math.max(1, bars.length);
  const y = (value: number): number => PADDING.top + plotHeight - (value / max) * plotHeight;
  return (
    <figure className="chart" style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        role="img"
        aria-labelledby={`${props.id}-title ${props.id}-desc`}
        style={{ fontSize: FONT_SIZE }}
      >
        <title id={`${props.id}-title`}>{props.title}</title>
        <desc id={`${props.id}-desc`}>{props.description}</desc>
        <line x1={PADDING.left} x2={WIDTH - PADDING.right} y1={y(0)} y2={y(0)} stroke="#8b8f8f" />
        <text x={2} y={y(0) + 5} style={{ fontSize: FONT_SIZE }}>
          0
        </text>
        {bars.map((bar, index) => {
          const above = limit !== undefined && isAbove(bar.value, limit);
          const x = PADDING.left + index * slot + slot * 0.18;
          const width = slot * 0.64;
          const top = y(bar.value);
          const marker = above ? '▲' : bar.valueLabel;
          return (
            <g key={bar.key}>
              <rect
                x={x}
                y={top}
                width={width}
                height={Math.max(0, y(0) - top)}
                rx={3}
                fill={above ? '#8a4600' : '#1f5b94'}
              />
              {marker === undefined ? null : (
                <text
                  x={x + width / 2}
                  y={top - 4}
                  textAnchor="middle"
                  style={
                    above
                      ? { fill: '#8a4600', fontWeight: 700, fontSize: FONT_SIZE }
                      : { fontSize: FONT_SIZE }
                  }
                >
                  {marker}
                </text>
              )}
              {labelled(index, bars.length) ? (
                <text
                  x={x + width / 2}
                  y={HEIGHT - 8}
                  textAnchor="middle"
                  data-axis-label=""
                  style={{ fontSize: FONT_SIZE }}
                >
                  {bar.label}
                </text>
              ) : null}
            </g>
          );
        })}
        {limit === undefined ? null : (
          <>
            <line
              x1={PADDING.left}
              x2={WIDTH - PADDING.right}
              y1={y(limit)}
              y2={y(limit)}
              stroke="#8a4600"
              strokeWidth={2}
              strokeDasharray="6 4"
            />
            <text x={2} y={y(limit) + 5} style={{ fill: '#8a4600', fontWeight: 700, fontSize: FONT_SIZE }}>
              {limit}
            </text>
          </>
        )}
      </svg>
      {props.limitLabel === undefined ? null : (
        <figcaption className="small muted">{props.limitLabel}</figcaption>
      )}
    </figure>
  );
}
