import type { WeeklyReport } from '../diary/weeklyReport.js';
import { MAX_STANDARD_DRINKS_PER_WEEK, isAbove } from '../diary/guidelines.js';
import type { AgeBand } from '../pathway/types.js';
import { requireFiniteInRange } from '../quantity.js';
import type { Sex } from '../screening/questionnaire.js';
import type { NormativeFigure, NormativeSex } from './barometre.js';
import { NORMATIVE_FIGURES } from './barometre.js';

/*
 * Normative feedback (Drink Less, peers.md: "how your drinking compares"), said kindly and never as a
 * ranking: Oz tells whether the person's typical week is within the repères and how common exceeding them
 * is among French adults of the same sex and age band (barometre.ts). The survey counts one week (the last
 * 7 days) against the three repères; Oz reads the person's recent complete weeks the same way.
 * During pregnancy and under 18 the repère is zero alcohol (SPF 2017, docs/reference/clinical-sources.md B.5): no comparison
 * with adults is made, so nothing can sound reassuring.
 */

/** Feedback from the diary needs at least two filled weeks (issue 10). */
export const MIN_WEEKS_FOR_NORMATIVE_FEEDBACK = 2;

/**
 * Looks up the figure for a sex and age band: the exact cell when the survey states it, else the whole
 * sex (18–75), else all adults. 'unspecified' sex reads all adults.
 */
export function normativeFigure(sex: Sex, ageBand: AgeBand | null | undefined): NormativeFigure {
  const surveySex: NormativeSex = sex === 'unspecified' ? 'all' : sex;
  const exact = NORMATIVE_FIGURES.find(
    (figure) => figure.sex === surveySex && figure.ageBand !== 'all' && figure.ageBand === ageBand,
  );
  const bySex = NORMATIVE_FIGURES.find((figure) => figure.sex === surveySex && figure.ageBand === 'all');
  const allAdults = NORMATIVE_FIGURES.find((figure) => figure.sex === 'all' && figure.ageBand === 'all');
  const figure = exact ?? bySex ?? allAdults;
  if (figure === undefined) throw new Error('NORMATIVE_FIGURES lacks the all-adults figure');
  return figure;
}

export interface NormativeProfile {
  readonly sex: Sex;
  readonly ageBand: AgeBand | null | undefined;
  readonly pregnant?: boolean;
}

/** What Oz knows of the person's drinking. */
export type NormativeDrinking =
  /** Recent complete weeks of the diary (recentWeeklyReports): all three repères can be checked. */
  | { readonly kind: 'diary'; readonly weeks: readonly WeeklyReport[] }
  /** A typical week estimated after a screening: only the weekly maximum can be checked. */
  | { readonly kind: 'estimate'; readonly standardDrinksPerWeek: number };

/**
 * - 'within': every week counted kept the three repères;
 * - 'sometimes-above': some weeks above, at most half of them;
 * - 'above': more than half of the weeks above (or the estimate above 10 a week);
 * - 'within-weekly-maximum': an estimate within 10 a week (the daily repères are unknown).
 */
export type NormativeStanding = 'within' | 'sometimes-above' | 'above' | 'within-weekly-maximum';

export type NormativeFeedback =
  | { readonly kind: 'not-enough-data'; readonly weeksCounted: number }
  | { readonly kind: 'zero-repere'; readonly reason: 'pregnancy' | 'under-18' }
  | {
      readonly kind: 'comparison';
      readonly standing: NormativeStanding;
      readonly figure: NormativeFigure;
      readonly weeksCounted: number;
      readonly weeksAbove: number;
      /** 75 or older: the survey asked people up to 75, so the figure describes younger adults. */
      readonly outsideSurveyAges: boolean;
    };

function standingOf(drinking: NormativeDrinking): {
  standing: NormativeStanding;
  weeksCounted: number;
  weeksAbove: number;
} {
  if (drinking.kind === 'estimate') {
    const perWeek = requireFiniteInRange('standardDrinksPerWeek', drinking.standardDrinksPerWeek);
    const above = isAbove(perWeek, MAX_STANDARD_DRINKS_PER_WEEK);
    return { standing: above ? 'above' : 'within-weekly-maximum', weeksCounted: 0, weeksAbove: 0 };
  }
  const weeksCounted = drinking.weeks.length;
  const weeksAbove = drinking.weeks.filter((week) => !week.withinGuidelines).length;
  if (weeksAbove === 0) return { standing: 'within', weeksCounted, weeksAbove };
  const standing = weeksAbove * 2 > weeksCounted ? 'above' : 'sometimes-above';
  return { standing, weeksCounted, weeksAbove };
}

/**
 * The normative feedback for a person. Zero-repère people (pregnant, under 18) get no comparison;
 * a diary with fewer than 2 counted weeks gives 'not-enough-data'.
 * @throws InvalidQuantityError for a negative or non-finite estimate.
 */
export function normativeFeedback(profile: NormativeProfile, drinking: NormativeDrinking): NormativeFeedback {
  if (profile.pregnant === true) return { kind: 'zero-repere', reason: 'pregnancy' };
  if (profile.ageBand === 'under-18') return { kind: 'zero-repere', reason: 'under-18' };
  if (drinking.kind === 'diary' && drinking.weeks.length < MIN_WEEKS_FOR_NORMATIVE_FEEDBACK) {
    return { kind: 'not-enough-data', weeksCounted: drinking.weeks.length };
  }
  return {
    kind: 'comparison',
    ...standingOf(drinking),
    figure: normativeFigure(profile.sex, profile.ageBand),
    outsideSurveyAges: profile.ageBand === '75-plus',
  };
}
