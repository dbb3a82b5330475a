import { EXTERNAL_SITUATIONS, INTERNAL_SITUATIONS, type RiskSituation } from '@oz/core';
import type { ReactNode } from 'react';
import { toggled } from './MotivationChecklist.js';
import { situationKey, useMotivationText } from './messages.js';

function Group(props: {
  readonly legend: string;
  readonly situations: readonly RiskSituation[];
  readonly value: readonly RiskSituation[];
  readonly onChange: (value: RiskSituation[]) => void;
}): ReactNode {
  const m = useMotivationText();
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div className="chips">
        {props.situations.map((situation) => (
          <label key={situation} className="chip">
            <input
              type="checkbox"
              checked={props.value.includes(situation)}
              onChange={() => props.onChange(toggled(props.value, situation))}
            />
            {m(situationKey(situation))}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Risk situations, external (where, with whom) and internal (feelings). Controlled; programmes reuse it. */
export function RiskSituationPicker(props: {
  readonly value: readonly RiskSituation[];
  readonly onChange: (value: RiskSituation[]) => void;
}): ReactNode {
  const m = useMotivationText();
  return (
    <>
      <Group
        legend={m('situations.external')}
        situations={EXTERNAL_SITUATIONS}
        value={props.value}
        onChange={props.onChange}
      />
      <Group
        legend={m('situations.internal')}
        situations={INTERNAL_SITUATIONS}
        value={props.value}
        onChange={props.onChange}
      />
    </>
  );
}
