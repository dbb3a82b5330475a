import {
  deepCutSafety,
  recentWeeklyAverage,
  type DeepCutPlan,
  type DeepCutSafety,
  type SafetyAnswers,
} from '@oz/core';
import { today } from '../../app/clock.js';
import type { Loaded } from '../../storage/changes.js';
import { useStored } from '../../storage/changes.js';
import { updatePreferences } from '../../storage/repositories.js';
import type { SafetyCheck } from '../../storage/types.js';
import { loadDeviceEvidence } from '../screening/pathway.js';

/** The gate for one plan, with the answers the person gave last time (to pre-fill the questions). */
export interface SafetyGateState {
  readonly gate: DeepCutSafety;
  readonly previous: SafetyCheck | undefined;
}

/**
 * Decides, from everything on the device, whether the safety questions come before `plan` (@oz/core
 * deepCutSafety): dependence signals are the live recommendation's withdrawal caution; the recent weekly
 * average comes from the diary, else from the person's own estimate of a typical week.
 */
export async function loadSafetyGate(plan: DeepCutPlan): Promise<SafetyGateState> {
  const evidence = await loadDeviceEvidence();
  const average =
    recentWeeklyAverage(evidence.diary, evidence.today) ?? evidence.preferences.typicalWeek?.standardDrinks;
  const gate = deepCutSafety({
    plan,
    dependenceSignals: evidence.recommendation.withdrawalCaution,
    screened: evidence.screened,
    ...(average === undefined ? {} : { recentWeeklyAverage: average }),
  });
  return { gate, previous: evidence.preferences.safetyCheck };
}

function planKey(plan: DeepCutPlan): string {
  return plan.kind === 'break' ? 'break' : `limit:${String(plan.maxStandardDrinksPerWeek)}`;
}

/** The gate for `plan`, recomputed whenever the device data changes. */
export function useSafetyGate(plan: DeepCutPlan): Loaded<SafetyGateState> {
  return useStored(() => loadSafetyGate(plan), `safety-gate:${planKey(plan)}`);
}

/** Keeps the answers (they feed the live recommendation: @oz/core recommendPathway `safetyAnswers`). */
export async function saveSafetyAnswers(answers: SafetyAnswers): Promise<void> {
  await updatePreferences({ safetyCheck: { answeredOn: today(), answers } });
}
