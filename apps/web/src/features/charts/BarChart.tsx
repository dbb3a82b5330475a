import { isAbove } from '@oz/core';
import type { ReactNode } from 'react';

export interface Bar {
  readonly key: string;
  /** Short label under the bar. */
  readonly label: string;
  readonly value: number;
}

const WIDTH = 340;
const HEIGHT = 180;
const PADDING = { top: 14, right: 8, bottom: 24, left: 26 };

/**
 * Accessible SVG bar chart with a reference line (a repère). Bars above the line carry a ▲ so the
 * meaning does not rely on colour; the parent supplies a text table equivalent.
 */
export function BarChart(props: {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly bars: readonly Bar[];
  readonly limit: number;
  readonly limitLabel: string;
}): ReactNode {
  const { bars, limit } = props;
  const max = Math.max(limit * 1.25, ...bars.map((bar) => bar.value), 1);
  const plotWidth = WIDTH - PADDING.left - PADDING.right;
  const plotHeight = HEIGHT - PADDING.top - PADDING.bottom;
  const slot = plotWidth / Math.max(1, bars.length);
  const y = (value: number): number => PADDING.top + plotHeight - (value / max) * plotHeight;
  const limitY = y(limit);
  return (
    <figure className="chart" style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        role="img"
        aria-labelledby={`${props.id}-title ${props.id}-desc`}
      >
        <title id={`${props.id}-title`}>{props.title}</title>
        <desc id={`${props.id}-desc`}>{props.description}</desc>
        <line x1={PADDING.left} x2={WIDTH - PADDING.right} y1={y(0)} y2={y(0)} stroke="#8b8f8f" />
        <text x={2} y={y(0) + 4}>
          0
        </text>
        {bars.map((bar, index) => {
          const above = isAbove(bar.value, limit);
          const x = PADDING.left + index * slot + slot * 0.18;
          const width = slot * 0.64;
          const top = y(bar.value);
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
              {above ? (
                <text
                  x={x + width / 2}
                  y={top - 3}
                  textAnchor="middle"
                  style={{ fill: '#8a4600', fontWeight: 700 }}
                >
                  ▲
                </text>
              ) : null}
              <text x={x + width / 2} y={HEIGHT - 8} textAnchor="middle">
                {bar.label}
              </text>
            </g>
          );
        })}
        <line
          x1={PADDING.left}
          x2={WIDTH - PADDING.right}
          y1={limitY}
          y2={limitY}
          stroke="#8a4600"
          strokeWidth={2}
          strokeDasharray="6 4"
        />
        <text x={2} y={limitY + 4} style={{ fill: '#8a4600', fontWeight: 700 }}>
          {limit}
        </text>
      </svg>
      <figcaption className="small muted">{props.limitLabel}</figcaption>
    </figure>
  );
}
