import {
  computeBadges,
  PROGRAMME_LENGTHS,
  unseenBadges,
  withdrawalRiskAdvice,
  type BadgeProgrammeProgress,
  type BadgeSummary,
  type EarnedBadge,
} from '@oz/core';
import { useStored, type Loaded } from '../../storage/changes.js';
import { allProgrammeRuns, type ProgrammeRunRecord } from '../../storage/programmes.js';
import { allGoals } from '../../storage/repositories.js';
import { allCravings } from '../../storage/support.js';
import { allBadgeViews } from '../../storage/wellbeing.js';
import { loadDeviceEvidence } from '../screening/pathway.js';

export interface BadgesState extends BadgeSummary {
  /** Earned but not shown yet (the badgeViews store). */
  readonly unseen: readonly EarnedBadge[];
}

/**
 * Recomputes the badges from everything on the device (@oz/core computeBadges): nothing about badges is
 * stored except which ones were already shown, so an import or a corrected diary gives the right badges.
 * Programme days and finished programmes come from the programme runs (storage/programmes.ts).
 */
/** A run as badges read it: its days done, and the day of its last day when every day is done. */
function programmeProgressOf(run: ProgrammeRunRecord): BadgeProgrammeProgress {
  const last = run.completed[run.completed.length - 1];
  const finished = run.completed.length >= PROGRAMME_LENGTHS[run.programmeId];
  return {
    programmeId: run.programmeId,
    daysDone: run.completed.length,
    ...(finished && last !== undefined ? { completedOn: last.on } : {}),
  };
}

export async function loadBadges(): Promise<BadgesState> {
  const [evidence, goals, cravings, views, runs] = await Promise.all([
    loadDeviceEvidence(),
    allGoals(),
    allCravings(),
    allBadgeViews(),
    allProgrammeRuns(),
  ]);
  const safetyCheck = evidence.preferences.safetyCheck;
  const summary = computeBadges({
    ...evidence.diary,
    today: evidence.today,
    goals: goals.map((goal) => ({ startsOn: goal.startsOn, goal })),
    cravings,
    programmes: runs.map(programmeProgressOf),
    dependenceSignals: evidence.recommendation.withdrawalCaution,
    safetyCleared: safetyCheck !== undefined && withdrawalRiskAdvice(safetyCheck.answers).level === 'no-sign',
  });
  return {
    ...summary,
    unseen: unseenBadges(
      summary.earned,
      views.map((view) => view.id),
    ),
  };
}

export function useBadges(): Loaded<BadgesState> {
  return useStored(loadBadges, 'badges');
}
