import {
  recentWeeklyReports,
  recommendPathway,
  type AuditCResult,
  type AuditResult,
  type FaceResult,
  type PathwayRecommendation,
} from '@oz/core';
import { today } from '../../app/clock.js';
import { allDays, allEntries, allScreenings, getPreferences } from '../../storage/repositories.js';
import { diaryOf } from '../diary/model.js';
import { rescore } from './instruments.js';

/** Weeks of diary history the pathway looks at (complete weeks only, see recentWeeklyReports). */
const PATHWAY_WEEKS = 4;

/** Everything the person has on this device, fed to @oz/core recommendPathway. */
export async function currentPathway(): Promise<PathwayRecommendation> {
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
  const recentWeeks = recentWeeklyReports(diaryOf(entries, days), today(), PATHWAY_WEEKS);
  return recommendPathway({
    ...(audit === undefined ? {} : { audit }),
    ...(auditC === undefined ? {} : { auditC }),
    ...(face === undefined ? {} : { face }),
    recentWeeks,
    ...(preferences.profile.ageBand === null ? {} : { ageBand: preferences.profile.ageBand }),
    pregnant: preferences.profile.pregnant === true,
  });
}
