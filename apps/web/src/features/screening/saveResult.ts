import type { Sex } from '@oz/core';
import { quickTestLevelOf } from '../../stats/contact.js';
import { countUsageEvent } from '../../stats/usage.js';
import { saveScreening } from '../../storage/repositories.js';
import { score, toRecord, type OzInstrument } from './instruments.js';

/** Scores with core, stores the result on the device, and returns its id for the result page. */
export async function saveResult(
  instrument: OzInstrument,
  answers: readonly number[],
  sex: Sex,
): Promise<string> {
  const record = toRecord(score(instrument, answers, sex));
  await saveScreening(record);
  const quickTestLevel = quickTestLevelOf(record.instrument, record.level);
  if (quickTestLevel !== undefined) void countUsageEvent({ metric: 'quick-test', dimension: quickTestLevel });
  return record.id;
}
