import type { Sex } from '@oz/core';
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
  return record.id;
}
