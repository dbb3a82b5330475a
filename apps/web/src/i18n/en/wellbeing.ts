import type { wellbeingFr } from '../fr/wellbeing.js';
import type { Translation } from '../types.js';

export const wellbeingEn: Translation<typeof wellbeingFr> = {
  'data.previewWellbeing': 'Well-being questionnaires',
};
