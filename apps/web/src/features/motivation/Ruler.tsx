import type { RulerKind } from '@oz/core';
import type { ReactNode } from 'react';
import { rulerKey, useMotivationText } from './messages.js';
import { ZeroToTenScale } from './ZeroToTenScale.js';

/**
 * One of the HAS rulers (importance, readiness, confidence) with its question and ends. Controlled: the
 * screen decides when to save (`recordRuler` in ./store.ts). Programmes reuse it.
 */
export function Ruler(props: {
  readonly kind: RulerKind;
  readonly value: number | null;
  readonly onChange: (value: number) => void;
  /** Unique per screen when the same ruler appears twice (e.g. a programme's day and its review). */
  readonly name?: string;
  readonly hint?: ReactNode;
}): ReactNode {
  const m = useMotivationText();
  return (
    <ZeroToTenScale
      name={props.name ?? `ruler-${props.kind}`}
      legend={m(rulerKey(props.kind, 'question'))}
      lowLabel={m(rulerKey(props.kind, 'low'))}
      highLabel={m(rulerKey(props.kind, 'high'))}
      value={props.value}
      onChange={props.onChange}
      {...(props.hint === undefined ? {} : { hint: props.hint })}
    />
  );
}
