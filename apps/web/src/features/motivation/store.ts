import { createRulerReading, type RulerKind } from '@oz/core';
import { useStored, type Loaded } from '../../storage/changes.js';
import { newId, nowIso } from '../../storage/ids.js';
import { allRulerReadings, getMotivation, saveRulerReading } from '../../storage/support.js';
import type { RulerReading } from '../../storage/supportTypes.js';

/*
 * What the programmes (and any screen) use to read and write the motivation tools, with the components
 * MotivationChecklist, RiskSituationPicker, DecisionalBalance, Ruler (HAS rulers) and ZeroToTenScale of this folder.
 */

export type StoredMotivation = Awaited<ReturnType<typeof getMotivation>>;

/** The person's motivations (empty lists until they say something); re-read after every write. */
export function useMotivation(): Loaded<StoredMotivation> {
  return useStored(getMotivation, 'motivation');
}

/** Every ruler answer, oldest first. */
export function useRulerReadings(): Loaded<RulerReading[]> {
  return useStored(allRulerReadings, 'ruler-readings');
}

/**
 * Records a ruler answer. `context` says where it was asked: 'motivation', 'craving', 'programme:<id>'.
 * @throws InvalidSupportInputError for a value outside 0–10 (the components never produce one).
 */
export async function recordRuler(kind: RulerKind, value: number, context: string): Promise<RulerReading> {
  const reading = createRulerReading({ id: newId(), kind, value, takenAt: nowIso(), context });
  await saveRulerReading(reading);
  return reading;
}
