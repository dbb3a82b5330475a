import { addDays, daysBetween, isoDate } from '../calendar/date.js';
import type { IsoDate } from '../calendar/date.js';
import type { DiaryDays } from '../diary/dayStatus.js';
import { HEAVY_DRINKING_DAY_MIN_STANDARD_DRINKS, isAtLeast } from '../diary/guidelines.js';
import type { SafetyAnswers } from '../safety/questions.js';
import type { Sex } from '../screening/questionnaire.js';
import { levelRank } from './levels.js';
import { DEFAULT_PATHWAY_WEEKS, recommendPathway } from './recommendPathway.js';
import type { AgeBand, PathwayLevel, PathwayRecommendation, TaggedScreeningEvidence } from './types.js';

/*
 * The live recommendation (issue 8; docs/clinical-rules.md §5 "Live recommendation"). The advice follows the
 * person: it is recomputed from everything the device knows whenever any of it changes — the latest result of
 * each questionnaire, the diary's recent weeks (blank days unknown), the profile and the pre-break safety
 * answers — and never read from a snapshot stored with a test result. The rules themselves are those of
 * recommendPathway; this module only gathers the inputs and decides where the advice is shown.
 */

/** What the person told Oz about themselves (every field optional). */
export interface LiveProfile {
  /** Used for a questionnaire result that does not carry its own sex. */
  readonly sex?: Sex;
  readonly ageBand?: AgeBand | null;
  /** Pregnant or breast-feeding (the profile's « enceinte ou allaitante »). */
  readonly pregnant?: boolean;
}

export interface LiveRecommendationInput {
  /** The person's calendar day: the diary weeks read are the complete weeks before this one. */
  readonly today: string;
  /** Every questionnaire result on the device, oldest first: the latest of each instrument is used. */
  readonly screenings: readonly TaggedScreeningEvidence[];
  readonly diary: DiaryDays;
  readonly profile: LiveProfile;
  readonly safetyAnswers?: SafetyAnswers;
  /** Past complete weeks of diary read (default 4, as recommendPathway). */
  readonly weeks?: number;
}

export interface LiveRecommendation extends PathwayRecommendation {
  /**
   * The recommendation is worth a card where the person is (diary home, « Trouver de l'aide », goals, after a
   * heavy day): talking to a professional is advised, or a withdrawal caution is on.
   */
  readonly worthACard: boolean;
}

/** Levels at which the card is shown on its own (without a withdrawal caution). */
const CARD_LEVELS: readonly PathwayLevel[] = ['brief-intervention', 'specialist'];

/**
 * The current recommendation from everything the device knows (recommendPathway over all of it).
 * @throws InvalidDateError for an invalid `today`; InvalidQuantityError for an out-of-range score.
 */
export function liveRecommendation(input: LiveRecommendationInput): LiveRecommendation {
  const { profile } = input;
  const screenings = input.screenings.map((result) =>
    result.sex === undefined && profile.sex !== undefined ? { ...result, sex: profile.sex } : result,
  );
  const recommendation = recommendPathway({
    screenings,
    diary: {
      ...input.diary,
      today: isoDate(input.today),
      weeks: input.weeks ?? DEFAULT_PATHWAY_WEEKS,
    },
    ...(profile.ageBand === undefined || profile.ageBand === null ? {} : { ageBand: profile.ageBand }),
    ...(profile.pregnant === true ? { pregnant: true } : {}),
    ...(input.safetyAnswers === undefined ? {} : { safetyAnswers: input.safetyAnswers }),
  });
  return {
    ...recommendation,
    worthACard: recommendation.withdrawalCaution || CARD_LEVELS.includes(recommendation.level),
  };
}

/*
 * The person may hide the card for a week (issue 8): advice that cannot be put aside becomes noise, and
 * Oz informs without insisting. It comes back sooner when the situation gets more serious — a stronger level,
 * or a withdrawal caution that was not on when the card was hidden. A week is an Oz choice (issue 8).
 */

/** Days the card stays hidden once the person hides it. */
export const RECOMMENDATION_CARD_HIDE_DAYS = 7;

/** What was recommended when the person hid the card, and when. */
export interface HiddenRecommendationCard {
  readonly hiddenOn: IsoDate;
  readonly level: PathwayLevel;
  readonly withdrawalCaution: boolean;
}

type CardFacts = Pick<LiveRecommendation, 'level' | 'withdrawalCaution' | 'worthACard'>;

/** The record kept when the person hides the card on `today`. */
export function hideRecommendationCard(
  recommendation: Pick<PathwayRecommendation, 'level' | 'withdrawalCaution'>,
  today: string,
): HiddenRecommendationCard {
  return {
    hiddenOn: isoDate(today),
    level: recommendation.level,
    withdrawalCaution: recommendation.withdrawalCaution,
  };
}

/** The situation is more serious than when the card was hidden. */
function rose(recommendation: CardFacts, hidden: HiddenRecommendationCard): boolean {
  return (
    levelRank(recommendation.level) > levelRank(hidden.level) ||
    (recommendation.withdrawalCaution && !hidden.withdrawalCaution)
  );
}

/**
 * Whether the card is shown on `today`: the recommendation is worth a card, and the person did not hide it in
 * the last 7 days — unless the level rose or a withdrawal caution came on since.
 * @throws InvalidDateError for an invalid `today` or `hiddenOn`.
 */
export function recommendationCardShown(
  recommendation: CardFacts,
  hidden: HiddenRecommendationCard | undefined,
  today: string,
): boolean {
  if (!recommendation.worthACard) return false;
  if (hidden === undefined) return true;
  const hiddenUntil = addDays(isoDate(hidden.hiddenOn), RECOMMENDATION_CARD_HIDE_DAYS);
  return daysBetween(hiddenUntil, isoDate(today)) >= 0 || rose(recommendation, hidden);
}

/** A day at or above the heavy-drinking threshold (6 standard drinks, AUDIT item 3 — diary/guidelines.ts). */
export function isHeavyDrinkingDay(standardDrinks: number): boolean {
  return isAtLeast(standardDrinks, HEAVY_DRINKING_DAY_MIN_STANDARD_DRINKS);
}

/*
 * During the first days of a break the diary reminds the person of the withdrawal warning signs and what to do
 * (issue 8, "Before any deep cut"). Withdrawal signs start 6–8 h after the last drink, peak at 24–48 h and fade
 * over about 7 days (SFA 2015 via praxis-suchtmedizin, clinical.md B.8): the reminder covers those 7 days.
 */

/** Days, counting the break's first day, during which the diary recalls the withdrawal warning signs. */
export const WITHDRAWAL_WATCH_DAYS = 7;

/**
 * Which day of the break `today` is (1 = the day it started) while it is within its first 7 days; undefined
 * before the break starts or after those days.
 * @throws InvalidDateError for an invalid date.
 */
export function withdrawalWatchDay(breakStartedOn: string, today: string): number | undefined {
  const elapsed = daysBetween(isoDate(breakStartedOn), isoDate(today));
  if (elapsed < 0 || elapsed >= WITHDRAWAL_WATCH_DAYS) return undefined;
  return elapsed + 1;
}
