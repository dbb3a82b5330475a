import {
  computeBadges,
  unseenBadges,
  withdrawalRiskAdvice,
  type BadgeSummary,
  type EarnedBadge,
} from '@oz/core';
import { useStored, type Loaded } from '../../storage/changes.js';
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
 * Programme progress joins here once the programmes store exists (BadgeInput.programmes).
 */
export async function loadBadges(): Promise<BadgesState> {
  const [evidence, goals, cravings, views] = await Promise.all([
    loadDeviceEvidence(),
    allGoals(),
    allCravings(),
    allBadgeViews(),
  ]);
  const safetyCheck = evidence.preferences.safetyCheck;
  const summary = computeBadges({
    ...evidence.diary,
    today: evidence.today,
    goals: goals.map((goal) => ({ startsOn: goal.startsOn, goal })),
    cravings,
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
