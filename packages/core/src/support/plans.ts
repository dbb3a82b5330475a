import { checkedText, InvalidSupportInputError } from './errors.js';
import type { RiskSituation } from './situations.js';
import { isRiskSituation, RISK_SITUATIONS } from './situations.js';

/*
 * « Si… alors… » plans (implementation intentions: "if I am in situation X, then I will do Y"), one or
 * more per risk situation, written by the person. Action planning is one of the Drink Less components
 * whose interaction with self-monitoring reduced AUDIT scores in its factorial trial (Crane et al., Sci Rep
 * 2018;8:4384, https://pmc.ncbi.nlm.nih.gov/articles/PMC5847600). They are proposed back when the
 * situation is logged (a craving, or a diary pattern: suggestions.ts).
 */

export const MAX_PLAN_TEXT_LENGTH = 300;

export interface CopingPlan {
  readonly id: string;
  readonly situation: RiskSituation;
  /** The person's own description of the moment (« Si… »); may be empty: the situation says it. */
  readonly ifText: string;
  /** What they will do (« …alors… »). */
  readonly thenText: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * Validates a plan.
 * @throws InvalidSupportInputError for an unknown situation, an empty « alors » or texts that are too long.
 */
export function createPlan(input: {
  readonly id: string;
  readonly situation: string;
  readonly ifText: string;
  readonly thenText: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}): CopingPlan {
  if (!isRiskSituation(input.situation)) {
    throw new InvalidSupportInputError(
      'situation',
      'unknown-value',
      `has an unknown value ${JSON.stringify(input.situation)}`,
    );
  }
  return {
    id: checkedText('id', input.id, 1, 100),
    situation: input.situation,
    ifText: checkedText('ifText', input.ifText, 0, MAX_PLAN_TEXT_LENGTH),
    thenText: checkedText('thenText', input.thenText, 1, MAX_PLAN_TEXT_LENGTH),
    createdAt: input.createdAt,
    updatedAt: input.updatedAt,
  };
}

/**
 * The person's plans for any of `situations`, in RISK_SITUATIONS order then oldest first (the first plan
 * written for a situation is usually the one the person thought of first).
 */
export function plansFor(situations: readonly RiskSituation[], plans: readonly CopingPlan[]): CopingPlan[] {
  const wanted = new Set(situations);
  const rank = (plan: CopingPlan): number => RISK_SITUATIONS.indexOf(plan.situation);
  return plans
    .filter((plan) => wanted.has(plan.situation))
    .sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt));
}
