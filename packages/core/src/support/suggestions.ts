import type { IsoDate } from '../calendar/date.js';
import { addDays } from '../calendar/date.js';
import { isAbove, MAX_STANDARD_DRINKS_PER_DAY } from '../diary/guidelines.js';
import type { CopingPlan } from './plans.js';
import { plansFor } from './plans.js';
import type { DayMood, RiskSituation } from './situations.js';
import { RISK_SITUATIONS, situationsOfDay } from './situations.js';

/*
 * "When a situation keeps coming with heavy days, Oz suggests the matching plan" (issue 10). The diary's
 * context tags and mood say which situations a day carried; the day's total says whether it went above
 * the daily repère of 2 standard drinks (SPF 2017, docs/clinical-rules.md §3). Oz reads "heavy day" here as
 * a day above that repère rather than a heavy drinking day (≥ 6): a plan helps before the harm, and waiting
 * for 6 drinks would suggest it too late. The window, the count and the share are Oz choices
 * (`oz-clinical-choice`, docs/clinical-rules.md §8).
 */

/** The last 4 weeks, today included. */
export const PLAN_SUGGESTION_WINDOW_DAYS = 28;
/** A situation must come with at least 2 days above the repère in the window… */
export const PLAN_SUGGESTION_MIN_DAYS_ABOVE = 2;
/**
 * …and on at least half of the days it was noted: a tag present every day (« à la maison ») would
 * otherwise match every heavy day without saying anything about risk.
 */
export const PLAN_SUGGESTION_MIN_SHARE = 0.5;

export interface DayContext {
  readonly date: IsoDate;
  readonly tags: readonly string[];
  readonly mood: DayMood | null;
}

export interface PlanSuggestion {
  readonly situation: RiskSituation;
  /** Days of the window carrying the situation and above the daily repère. */
  readonly daysAbove: number;
  /** Days of the window carrying the situation. */
  readonly daysNoted: number;
  /** The person's plans for it; empty means "write one". */
  readonly plans: readonly CopingPlan[];
}

/**
 * Situations that keep coming with days above the daily repère over the last 4 weeks, strongest first
 * (more days above, then a higher share, then RISK_SITUATIONS order), each with the person's plans for it.
 * Days after `today` are ignored (a planned party has no total yet); a day with no entry counts as 0.
 */
export function suggestPlans(input: {
  readonly today: IsoDate;
  readonly days: readonly DayContext[];
  readonly dailyTotals: ReadonlyMap<IsoDate, number>;
  readonly plans: readonly CopingPlan[];
}): PlanSuggestion[] {
  const from = addDays(input.today, -(PLAN_SUGGESTION_WINDOW_DAYS - 1));
  const noted = new Map<RiskSituation, number>();
  const above = new Map<RiskSituation, number>();
  for (const day of input.days) {
    if (day.date < from || day.date > input.today) continue;
    const isDayAbove = isAbove(input.dailyTotals.get(day.date) ?? 0, MAX_STANDARD_DRINKS_PER_DAY);
    for (const situation of situationsOfDay(day.tags, day.mood)) {
      noted.set(situation, (noted.get(situation) ?? 0) + 1);
      if (isDayAbove) above.set(situation, (above.get(situation) ?? 0) + 1);
    }
  }
  return RISK_SITUATIONS.flatMap((situation): PlanSuggestion[] => {
    const daysAbove = above.get(situation) ?? 0;
    const daysNoted = noted.get(situation) ?? 0;
    const keeps =
      daysAbove >= PLAN_SUGGESTION_MIN_DAYS_ABOVE && daysAbove >= PLAN_SUGGESTION_MIN_SHARE * daysNoted;
    return keeps ? [{ situation, daysAbove, daysNoted, plans: plansFor([situation], input.plans) }] : [];
  }).sort(
    (a, b) =>
      b.daysAbove - a.daysAbove ||
      b.daysAbove / b.daysNoted - a.daysAbove / a.daysNoted ||
      RISK_SITUATIONS.indexOf(a.situation) - RISK_SITUATIONS.indexOf(b.situation),
  );
}
