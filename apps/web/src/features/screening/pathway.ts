import {
  liveRecommendation,
  type DiaryDays,
  type IsoDate,
  type LiveRecommendation,
  type PathwayRecommendation,
} from '@oz/core';
import { today } from '../../app/clock.js';
import { onChange } from '../../storage/notify.js';
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
 * The read of the device in progress, shared by whoever asks while it runs: the diary home's two safety
 * notices (the live recommendation card, the first days of a break) ask at once, and each read the whole
 * diary and ran liveRecommendation in the first commit's effects (ADR 0010). A write ends the sharing: a
 * caller after a write never gets a read that started before it.
 */
let reading: Promise<DeviceEvidence> | undefined;
onChange(() => {
  reading = undefined;
});

/**
 * Reads the device and runs @oz/core liveRecommendation on all of it: every questionnaire result (the latest
 * of each counts), the diary, the profile and the safety answers — never a snapshot stored with a result.
 */
export function loadDeviceEvidence(): Promise<DeviceEvidence> {
  if (reading === undefined) {
    const read = readDeviceEvidence();
    reading = read;
    const done = (): void => {
      if (reading === read) reading = undefined;
    };
    read.then(done, done);
  }
  return reading;
}

async function readDeviceEvidence(): Promise<DeviceEvidence> {
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
