import {
  liveRecommendation,
  type DiaryDays,
  type IsoDate,
  type LiveRecommendation,
  type PathwayRecommendation,
} from '@oz/core';
import { today } from '../../app/clock.js';
import { allDays, allEntries, allScreenings, getPreferences } from '../../storage/repositories.js';
import type { Preferences } from '../../storage/types.js';
import { diaryOf } from '../diary/model.js';
import { rescore, type ScoredResult } from './instruments.js';

/** Everything on this device the live recommendation is computed from, and the recommendation itself. */
export interface DeviceEvidence {
  readonly today: IsoDate;
  readonly diary: DiaryDays;
  readonly preferences: Preferences;
  /** At least one questionnaire result Oz can score (imported Oz Ensemble labels do not count). */
  readonly screened: boolean;
  readonly recommendation: LiveRecommendation;
}

/**
 * Reads the device and runs @oz/core liveRecommendation on all of it: every questionnaire result (the latest
 * of each counts), the diary, the profile and the safety answers — never a snapshot stored with a result.
 */
export async function loadDeviceEvidence(): Promise<DeviceEvidence> {
  const [screenings, entries, days, preferences] = await Promise.all([
    allScreenings(),
    allEntries(),
    allDays(),
    getPreferences(),
  ]);
  // allScreenings is newest first; the core wants them oldest first (the last of each instrument wins).
  const scored = screenings
    .map(rescore)
    .filter((result): result is ScoredResult => result !== null)
    .reverse();
  const now = today();
  const diary = diaryOf(entries, days);
  const { profile, safetyCheck } = preferences;
  const recommendation = liveRecommendation({
    today: now,
    screenings: scored,
    diary,
    profile,
    ...(safetyCheck === undefined ? {} : { safetyAnswers: safetyCheck.answers }),
  });
  return { today: now, diary, preferences, screened: scored.length > 0, recommendation };
}

/** The live recommendation (recomputed whenever the device data changes: see useStored). */
export async function currentPathway(): Promise<PathwayRecommendation> {
  return (await loadDeviceEvidence()).recommendation;
}
