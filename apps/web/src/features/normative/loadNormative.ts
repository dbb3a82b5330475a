import { normativeFeedback, recentWeeklyReports, type NormativeFeedback } from '@oz/core';
import { useStored, type Loaded } from '../../storage/changes.js';
import { loadDeviceEvidence } from '../screening/pathway.js';

/** The 4 complete weeks before this one, as the pathway reads them (≥ 4 filled days each). */
const NORMATIVE_WEEKS = 4;

/**
 * The normative feedback from what the device knows: the diary's recent complete weeks, else (after a
 * screening, `useEstimate`) the person's typical-week estimate. Undefined when there is nothing to say.
 */
export async function loadNormative(useEstimate: boolean): Promise<NormativeFeedback | undefined> {
  const { diary, today, preferences } = await loadDeviceEvidence();
  const { profile, typicalWeek } = preferences;
  const person = { sex: profile.sex, ageBand: profile.ageBand, pregnant: profile.pregnant === true };
  const weeks = recentWeeklyReports(diary, today, NORMATIVE_WEEKS);
  const fromDiary = normativeFeedback(person, { kind: 'diary', weeks });
  if (fromDiary.kind !== 'not-enough-data') return fromDiary;
  if (!useEstimate || typicalWeek === null) return undefined;
  return normativeFeedback(person, { kind: 'estimate', standardDrinksPerWeek: typicalWeek.standardDrinks });
}

export function useNormative(useEstimate: boolean): Loaded<NormativeFeedback | undefined> {
  return useStored(() => loadNormative(useEstimate), `normative:${String(useEstimate)}`);
}
