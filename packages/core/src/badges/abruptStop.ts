import type { IsoDate } from '../calendar/date.js';
import { DAYS_PER_WEEK } from '../calendar/week.js';
import type { DayRecord } from '../diary/dayStatus.js';
import { isFilled } from '../diary/dayStatus.js';
import { isAtLeast } from '../diary/guidelines.js';
import { MIN_FILLED_DAYS_FOR_A_PATTERN_WEEK } from '../diary/recentWeeks.js';
import { DAILY_HEAVY_DRINKING_MIN_WEEKLY_TOTAL } from '../pathway/diaryRules.js';

/*
 * No reward for stopping abruptly after heavy drinking (issue 10): a sudden stop can cause a dangerous
 * withdrawal in a dependent person (SFA 2015, docs/reference/clinical-sources.md B.8; safety/deepCut.ts). Drink-free days are
 * "held" — not counted for badges, with a kind word to stop with a doctor instead — when:
 * - the person shows dependence signals (the live recommendation's withdrawal caution) and has not answered
 *   the safety questions without any sign of withdrawal risk; or
 * - the run of drink-free days follows 4 weeks averaging 42 or more standard drinks a week (6 a day every
 *   day, the daily heavy drinking of pathway/diaryRules.ts, "when stopping abruptly can cause withdrawal"),
 *   unless the safety questions were answered without any sign of risk (then the break started as the
 *   safety gate allows it).
 * The days themselves stay in the diary and in the gains; only the celebration waits.
 */

/** Days read before a drink-free run to decide whether it is an abrupt stop (4 weeks, as deepCut.ts). */
export const ABRUPT_STOP_LOOKBACK_DAYS = 4 * DAYS_PER_WEEK;
/** A weekly average at least this high before a drink-free run makes it an abrupt stop (diaryRules.ts). */
export const ABRUPT_STOP_MIN_WEEKLY_AVERAGE = DAILY_HEAVY_DRINKING_MIN_WEEKLY_TOTAL;

export interface AbruptStopContext {
  /** The live recommendation's `withdrawalCaution` (recommendPathway). */
  readonly dependenceSignals: boolean;
  /** The latest safety answers gave no sign of withdrawal risk (withdrawalRiskAdvice → 'no-sign'). */
  readonly safetyCleared: boolean;
}

function averageBefore(records: readonly DayRecord[], runStart: number): number | undefined {
  const window = records.slice(Math.max(0, runStart - ABRUPT_STOP_LOOKBACK_DAYS), runStart).filter(isFilled);
  if (window.length < MIN_FILLED_DAYS_FOR_A_PATTERN_WEEK) return undefined;
  const total = window.reduce((sum, record) => sum + record.standardDrinks, 0);
  return (total / window.length) * DAYS_PER_WEEK;
}

/**
 * The drink-free days of `records` (consecutive calendar days, oldest first) held back from badges.
 */
export function heldDrinkFreeDays(
  records: readonly DayRecord[],
  context: AbruptStopContext,
): ReadonlySet<IsoDate> {
  const drinkFree = records.filter((record) => record.status === 'drink-free');
  if (context.safetyCleared) return new Set();
  if (context.dependenceSignals) return new Set(drinkFree.map((record) => record.date));
  const held = new Set<IsoDate>();
  let runHeld = false;
  records.forEach((record, index) => {
    if (record.status !== 'drink-free') {
      runHeld = false;
      return;
    }
    if (records[index - 1]?.status !== 'drink-free') {
      const average = averageBefore(records, index);
      runHeld = average !== undefined && isAtLeast(average, ABRUPT_STOP_MIN_WEEKLY_AVERAGE);
    }
    if (runHeld) held.add(record.date);
  });
  return held;
}
