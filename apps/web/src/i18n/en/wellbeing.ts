import type { wellbeingFr } from '../fr/wellbeing.js';
import type { Translation } from '../types.js';

export const wellbeingEn: Translation<typeof wellbeingFr> = {
  'data.previewWellbeing': 'Well-being questionnaires',
  'route.wellbeing': 'My well-being',
  'route.badges': 'My badges',
  'more.wellbeingHint': 'Five questions about your well-being, and how it changes.',
  'more.badgesHint': 'What you have already achieved.',
};
