import { RULER_MAX, RULER_MIN } from '@oz/core';
import type { ReactNode } from 'react';
import '../support.css';

const VALUES = Array.from({ length: RULER_MAX - RULER_MIN + 1 }, (_, index) => RULER_MIN + index);

/**
 * A 0–10 scale (the HAS brief-intervention rulers, and the strength of a craving): eleven radio buttons in
 * one group, so arrow keys move along the scale and a screen reader announces "7, 8 of 11". Controlled:
 * `value` null means not answered yet. Wraps on two lines on narrow screens; every target is 44 px.
 */
export function ZeroToTenScale(props: {
  readonly name: string;
  readonly legend: ReactNode;
  readonly lowLabel: string;
  readonly highLabel: string;
  readonly value: number | null;
  readonly onChange: (value: number) => void;
  readonly hint?: ReactNode;
}): ReactNode {
  const hintId = `${props.name}-hint`;
  const endsId = `${props.name}-ends`;
  return (
    <fieldset className="ruler" aria-describedby={props.hint === undefined ? endsId : `${hintId} ${endsId}`}>
      <legend>{props.legend}</legend>
      {props.hint === undefined ? null : (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <p className="ruler-ends small muted" id={endsId}>
        <span>0 = {props.lowLabel}</span>
        <span>10 = {props.highLabel}</span>
      </p>
      <div className="ruler-values">
        {VALUES.map((value) => (
          <label key={value} className="ruler-value">
            <input
              type="radio"
              name={props.name}
              value={value}
              checked={props.value === value}
              onChange={() => props.onChange(value)}
            />
            <span>{value}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
