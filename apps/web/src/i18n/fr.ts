import type { Message, Translation } from './types.js';
import { contactFr } from '../features/contact/messages.fr.js';
import { commonFr } from './fr/common.js';
import { dataFr } from './fr/data.js';
import { diaryFr } from './fr/diary.js';
import { drinksFr } from './fr/drinks.js';
import { gainsFr } from './fr/gains.js';
import { goalsFr } from './fr/goals.js';
import { pathwayFr } from './fr/pathway.js';
import { safetyFr } from './fr/safety.js';
import { screeningFr } from './fr/screening.js';
import { statisticsFr } from './fr/statistics.js';
import { settingsFr } from './fr/settings.js';
import { remindersFr } from './fr/reminders.js';
import { ozEnsembleFr } from './fr/ozEnsemble.js';
import { failuresFr } from './fr/failures.js';
import { welcomeFr } from './fr/welcome.js';
import { supportFr } from './fr/support.js';
import { wellbeingFr } from './fr/wellbeing.js';

/*
 * French, the reference catalogue: every key the app uses, one module per area in fr/. Plain, warm,
 * non-judging French with formal "vous" (design brief). en.ts must provide every key (checked by the
 * Catalogue type, and area by area by `Translation` in en/). Placeholders: {name}; plurals: { one, other }
 * chosen by Intl.PluralRules with `count`. A key belongs to exactly one area (catalogue.test.ts).
 */
export const fr = {
  ...commonFr,
  ...welcomeFr,
  ...screeningFr,
  ...pathwayFr,
  ...diaryFr,
  ...drinksFr,
  ...goalsFr,
  ...gainsFr,
  ...dataFr,
  ...settingsFr,
  ...safetyFr,
  ...remindersFr,
  ...ozEnsembleFr,
  ...failuresFr,
  ...contactFr,
  ...statisticsFr,
  ...supportFr,
  ...wellbeingFr,
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof fr;

/** Every catalogue has exactly the French keys; plural messages stay plural. */
export type Catalogue = Translation<typeof fr>;
