import { MOTIVATIONS, type Motivation } from '@oz/core';
import type { ReactNode } from 'react';
import { reasonKey, useMotivationText } from './messages.js';

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((existing) => existing !== item) : [...list, item];
}

/** The reasons checklist (controlled). Programmes reuse it. */
export function MotivationChecklist(props: {
  readonly value: readonly Motivation[];
  readonly onChange: (value: Motivation[]) => void;
  readonly legend?: ReactNode;
}): ReactNode {
  const m = useMotivationText();
  return (
    <fieldset aria-describedby="reasons-hint">
      <legend>{props.legend ?? m('reasons.title')}</legend>
      <p className="field-hint" id="reasons-hint">
        {m('reasons.hint')}
      </p>
      <div className="chips">
        {MOTIVATIONS.map((reason) => (
          <label key={reason} className="chip">
            <input
              type="checkbox"
              checked={props.value.includes(reason)}
              onChange={() => props.onChange(toggled(props.value, reason))}
            />
            {m(reasonKey(reason))}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export { toggled };
