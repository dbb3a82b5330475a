import { addDays, isoDate } from '../calendar/date.js';
import { DAYS_PER_WEEK, daysOfWeek, weekStart } from '../calendar/week.js';
import type { DayRecord, DiaryDays } from '../diary/dayStatus.js';
import { dayRecords, isFilled } from '../diary/dayStatus.js';
import { MIN_FILLED_DAYS_FOR_A_PATTERN_WEEK } from '../diary/recentWeeks.js';
import { requireFiniteInRange } from '../quantity.js';

/*
 * The safety gate before a deep cut (issue 8; docs/clinical-rules.md §6). Stopping abruptly can cause a
 * dangerous withdrawal in a dependent person (SFA 2015, docs/reference/clinical-sources.md B.8), so before a break (a zero goal, a
 * "no alcohol" challenge or programme) or a goal below half of the recent weekly average, Oz asks the
 * questions of safety/questions.ts — when dependence signals exist, or when Oz does not know how much the
 * person drinks. "Half of the recent weekly average" is the definition of a deep cut; it is an Oz
 * choice to be confirmed by a clinician.
 */

/** A goal below this share of the recent weekly average is a deep cut. */
export const DEEP_CUT_SHARE_OF_RECENT_AVERAGE = 0.5;
/** Complete weeks read for the recent weekly average (the same window as the pathway). */
export const RECENT_AVERAGE_WEEKS = 4;

/** What the person is about to start. */
export type DeepCutPlan =
  /** A zero goal, a "no alcohol" challenge or programme. */
  | { readonly kind: 'break' }
  /** A weekly maximum, in standard drinks. */
  | { readonly kind: 'weekly-limit'; readonly maxStandardDrinksPerWeek: number };

export interface DeepCutSafetyInput {
  readonly plan: DeepCutPlan;
  /** Dependence signals: the live recommendation's `withdrawalCaution` (recommendPathway). */
  readonly dependenceSignals: boolean;
  /** Standard drinks a week recently (recentWeeklyAverage, else the person's own estimate); undefined = unknown. */
  readonly recentWeeklyAverage?: number;
  /** At least one questionnaire result is known: it says how much the person drinks even without a diary. */
  readonly screened: boolean;
}

/**
 * - 'break': the plan is a break;
 * - 'below-half-average': a weekly limit below half of the recent weekly average;
 * - 'unknown-average': a weekly limit, with no recent average to compare it with;
 * - 'none': a weekly limit at or above half of the recent average.
 */
export type DeepCutKind = 'break' | 'below-half-average' | 'unknown-average' | 'none';

export type SafetyGateReason = 'dependence-signals' | 'consumption-unknown';

export interface DeepCutSafety {
  readonly deepCut: DeepCutKind;
  /** Ask the safety questions before starting. */
  readonly ask: boolean;
  /** Why they are asked (empty when not asked). */
  readonly reasons: readonly SafetyGateReason[];
}

function deepCutKind(plan: DeepCutPlan, average: number | undefined): DeepCutKind {
  if (plan.kind === 'break') return 'break';
  const limit = requireFiniteInRange('maxStandardDrinksPerWeek', plan.maxStandardDrinksPerWeek);
  if (limit === 0) return 'break';
  if (average === undefined) return 'unknown-average';
  return limit < average * DEEP_CUT_SHARE_OF_RECENT_AVERAGE ? 'below-half-average' : 'none';
}

/**
 * Decides whether the safety questions come before `plan`. A break or a cut below half of the recent
 * average is gated when dependence signals exist or consumption is unknown (no diary average, no estimate,
 * no questionnaire). A weekly limit with no average to compare is gated only with dependence signals:
 * without any sign of heavy drinking, asking before every modest goal would only worry people.
 * @throws InvalidQuantityError for a negative or non-finite weekly limit or average.
 */
export function deepCutSafety(input: DeepCutSafetyInput): DeepCutSafety {
  const average =
    input.recentWeeklyAverage === undefined
      ? undefined
      : requireFiniteInRange('recentWeeklyAverage', input.recentWeeklyAverage);
  const deepCut = deepCutKind(input.plan, average);
  const consumptionUnknown = average === undefined && !input.screened;
  const reasons: SafetyGateReason[] = [];
  if (input.dependenceSignals) reasons.push('dependence-signals');
  if (consumptionUnknown) reasons.push('consumption-unknown');
  const gated =
    deepCut === 'break' || deepCut === 'below-half-average'
      ? reasons.length > 0
      : deepCut === 'unknown-average' && input.dependenceSignals;
  return { deepCut, ask: gated, reasons: gated ? reasons : [] };
}

function isPatternWeek(records: readonly DayRecord[]): boolean {
  return records.filter(isFilled).length >= MIN_FILLED_DAYS_FOR_A_PATTERN_WEEK;
}

/**
 * Standard drinks a week over the recent complete weeks (the `weeks` Monday–Sunday weeks before the week of
 * `today`, keeping those with at least 4 filled days), counted on filled days only and scaled to 7 days:
 * a blank day is unknown, neither drink-free nor drinking. Undefined when no week qualifies.
 * @throws InvalidDateError for an invalid `today`; InvalidQuantityError for a bad weeks count.
 */
export function recentWeeklyAverage(
  diary: DiaryDays,
  today: string,
  weeks: number = RECENT_AVERAGE_WEEKS,
): number | undefined {
  requireFiniteInRange('weeks', weeks, { min: 1, max: 104, integer: true });
  const currentWeek = weekStart(isoDate(today));
  const filled = Array.from({ length: weeks }, (_, index) =>
    dayRecords(diary, daysOfWeek(addDays(currentWeek, -DAYS_PER_WEEK * (index + 1)))),
  )
    .filter(isPatternWeek)
    .flatMap((records) => records.filter(isFilled));
  if (filled.length === 0) return undefined;
  const total = filled.reduce((sum, record) => sum + record.standardDrinks, 0);
  return (total / filled.length) * DAYS_PER_WEEK;
}
