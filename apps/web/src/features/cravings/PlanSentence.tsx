import type { ReactNode } from 'react';
import type { CopingPlan } from '../../storage/supportTypes.js';
import { ifKey, useMotivationText } from '../motivation/messages.js';
import { useCravingText } from './messages.js';

/** « Si…, alors… » as one sentence: the person's own « si » or, when empty, the situation's. */
export function usePlanSentence(): (plan: CopingPlan) => string {
  const c = useCravingText();
  const m = useMotivationText();
  return (plan) =>
    c('plan.sentence', {
      if: plan.ifText === '' ? m(ifKey(plan.situation)) : plan.ifText,
      then: plan.thenText,
    });
}

export function PlanSentence(props: { readonly plan: CopingPlan }): ReactNode {
  const sentence = usePlanSentence();
  return <p className="plan">{sentence(props.plan)}</p>;
}
