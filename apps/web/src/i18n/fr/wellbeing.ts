import type { Message } from '../types.js';

/*
 * French: what the shell needs of quality of life, badges and normative feedback (issue 10) — route titles,
 * links from « Plus », the import label. The screens' own texts live beside them (features/wellbeing,
 * features/badges) and ship in their lazy chunks.
 */
export const wellbeingFr = {
  'data.previewWellbeing': 'Questionnaires de bien-être',
  'route.wellbeing': 'Mon bien-être',
  'route.badges': 'Mes badges',
  'more.wellbeingHint': 'Cinq questions sur votre bien-être, et son évolution.',
  'more.badgesHint': 'Ce que vous avez déjà accompli.',
} as const satisfies Record<string, Message>;
