import {
  recentWeeklyReports,
  recommendPathway,
  type AuditCResult,
  type AuditResult,
  type DiaryDays,
  type FaceResult,
  type IsoDate,
  type PathwayRecommendation,
} from '@oz/core';
import { today } from '../../app/clock.js';
import { allDays, allEntries, allScreenings, getPreferences } from '../../storage/repositories.js';
import type { Preferences } from '../../storage/types.js';
import { diaryOf } from '../diary/model.js';
import { rescore } from './instruments.js';

/** Weeks of diary history the pathway looks at (complete weeks only, see recentWeeklyReports). */
const PATHWAY_WEEKS = 4;

/** Everything on this device the live recommendation is computed from, and the recommendation itself. */
export interface DeviceEvidence {
  readonly today: IsoDate;
  readonly diary: DiaryDays;
  readonly preferences: Preferences;
  /** At least one questionnaire result Oz can score (imported Oz Ensemble labels do not count). */
  readonly screened: boolean;
  readonly recommendation: PathwayRecommendation;
}

/** Reads the device and runs @oz/core recommendPathway on all of it (never a stored snapshot). */
export async function loadDeviceEvidence(): Promise<DeviceEvidence> {
  const [screenings, entries, days, preferences] = await Promise.all([
    allScreenings(),
    allEntries(),
    allDays(),
    getPreferences(),
  ]);
  let audit: AuditResult | undefined;
  let auditC: AuditCResult | undefined;
  let face: FaceResult | undefined;
  // Newest first: keep the latest result of each questionnaire.
  for (const record of screenings) {
    const result = rescore(record);
    if (result === null) continue;
    if (result.instrument === 'audit') audit ??= result;
    else if (result.instrument === 'audit-c') auditC ??= result;
    else face ??= result;
  }
  const now = today();
  const diary = diaryOf(entries, days);
  const recentWeeks = recentWeeklyReports(diary, now, PATHWAY_WEEKS);
  const { profile, safetyCheck } = preferences;
  const recommendation = recommendPathway({
    ...(audit === undefined ? {} : { audit }),
    ...(auditC === undefined ? {} : { auditC }),
    ...(face === undefined ? {} : { face }),
    recentWeeks,
    ...(profile.ageBand === null ? {} : { ageBand: profile.ageBand }),
    pregnant: profile.pregnant === true,
    ...(safetyCheck === undefined ? {} : { safetyAnswers: safetyCheck.answers }),
  });
  const screened = audit !== undefined || auditC !== undefined || face !== undefined;
  return { today: now, diary, preferences, screened, recommendation };
}

/** The live recommendation (recomputed whenever the device data changes: see useStored). */
export async function currentPathway(): Promise<PathwayRecommendation> {
  return (await loadDeviceEvidence()).recommendation;
}
