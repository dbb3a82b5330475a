import { requireFiniteInRange } from '../quantity.js';
import { MAX_GOAL_STANDARD_DRINKS } from '../goals/goal.js';
import { DEEP_CUT_SHARE_OF_RECENT_AVERAGE } from '../safety/deepCut.js';

/*
 * The weekly goal Oz proposes in the 28-day reduction programme (issue 10). The person chooses (HAS brief
 * intervention, step 3: "propose goals and let the person choose"; any reduction counts, docs/clinical-rules.md
 * §4), Oz only suggests a number, from the person's own recent weeks (safety/deepCut.ts recentWeeklyAverage,
 * else their estimate of a typical week):
 * - each programme week lowers the goal by a tenth of that baseline (Oz choice, to be confirmed by a
 *   clinician: gradual, so the four weeks end at 60 % of the baseline);
 * - never below half of the baseline, which @oz/core deepCutSafety calls a deep cut: a proposal never needs
 *   the safety gate, and a lower goal the person picks goes through it (docs/clinical-rules.md §6);
 * - a week that went above its goal keeps that goal for the next week instead of stepping down again;
 * - whole standard drinks, never above the baseline itself.
 */

/** Weeks in the reduction programme (28 days). */
export const REDUCTION_PROGRAMME_WEEKS = 4;
/** Share of the baseline taken off each week (Oz choice, see above). */
export const WEEKLY_STEP_SHARE_OF_BASELINE = 0.1;
/** Below one standard drink a week there is nothing to reduce step by step. */
export const MIN_BASELINE_FOR_A_PROPOSAL = 1;

export interface WeeklyGoalInput {
  /** Standard drinks a week recently; undefined when Oz does not know. */
  readonly baseline: number | undefined;
  /** Programme week, 1 to 4. */
  readonly week: number;
  /** Last programme week's goal and, when the diary says, what was drunk that week. */
  readonly previous?: { readonly goal: number; readonly drunk?: number };
}

export type WeeklyGoalProposal =
  /** A weekly maximum in whole standard drinks, and the bounds it was kept in. */
  | {
      readonly kind: 'proposal';
      readonly maxStandardDrinksPerWeek: number;
      /** The lowest goal that is not a deep cut (ceil of half the baseline). */
      readonly lowestWithoutSafetyGate: number;
      /** True when last week's goal is kept because that week went above it. */
      readonly held: boolean;
    }
  /** No baseline: the person sets their own goal (the safety gate decides as usual). */
  | { readonly kind: 'no-baseline' }
  /** Less than one drink a week: no step to propose. */
  | { readonly kind: 'already-low' };

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * The goal to propose for a programme week.
 * @throws InvalidQuantityError for a week outside 1–4, a baseline outside 0–500, or a negative or non-finite
 * previous week.
 */
export function proposeWeeklyGoal(input: WeeklyGoalInput): WeeklyGoalProposal {
  const week = requireFiniteInRange('week', input.week, {
    min: 1,
    max: REDUCTION_PROGRAMME_WEEKS,
    integer: true,
  });
  if (input.baseline === undefined) return { kind: 'no-baseline' };
  // Above 500 a week the number is a typo (goals/goal.ts MAX_GOAL_STANDARD_DRINKS).
  const baseline = requireFiniteInRange('baseline', input.baseline, { max: MAX_GOAL_STANDARD_DRINKS });
  if (baseline < MIN_BASELINE_FOR_A_PROPOSAL) return { kind: 'already-low' };
  // ceil(b/2) ≤ floor(b) for every b ≥ 1, so the range is never empty.
  const lowest = Math.ceil(baseline * DEEP_CUT_SHARE_OF_RECENT_AVERAGE);
  const highest = Math.floor(baseline);
  const step = Math.round(baseline * (1 - WEEKLY_STEP_SHARE_OF_BASELINE * week));
  const previous = input.previous;
  if (previous === undefined) {
    return {
      kind: 'proposal',
      maxStandardDrinksPerWeek: clamp(step, lowest, highest),
      lowestWithoutSafetyGate: lowest,
      held: false,
    };
  }
  const previousGoal = requireFiniteInRange('previous.goal', previous.goal);
  const drunk =
    previous.drunk === undefined ? undefined : requireFiniteInRange('previous.drunk', previous.drunk);
  const missed = drunk !== undefined && drunk > previousGoal;
  const wanted = missed ? Math.max(step, Math.floor(previousGoal)) : Math.min(step, Math.floor(previousGoal));
  return {
    kind: 'proposal',
    maxStandardDrinksPerWeek: clamp(wanted, lowest, highest),
    lowestWithoutSafetyGate: lowest,
    held: missed,
  };
}
