import type { Catalogue } from './fr.js';
import { contactEn } from '../features/contact/messages.en.js';
import { commonEn } from './en/common.js';
import { dataEn } from './en/data.js';
import { diaryEn } from './en/diary.js';
import { drinksEn } from './en/drinks.js';
import { gainsEn } from './en/gains.js';
import { goalsEn } from './en/goals.js';
import { pathwayEn } from './en/pathway.js';
import { safetyEn } from './en/safety.js';
import { screeningEn } from './en/screening.js';
import { statisticsEn } from './en/statistics.js';
import { settingsEn } from './en/settings.js';
import { remindersEn } from './en/reminders.js';
import { ozEnsembleEn } from './en/ozEnsemble.js';
import { failuresEn } from './en/failures.js';
import { welcomeEn } from './en/welcome.js';
import { supportEn } from './en/support.js';
import { wellbeingEn } from './en/wellbeing.js';

/**
 * English: a full translation of fr.ts, one module per area in en/ (each typed `Translation` of its French
 * area; the Catalogue type refuses a missing key). A lazy chunk: only load.ts imports it, dynamically.
 */
export const en: Catalogue = {
  ...commonEn,
  ...welcomeEn,
  ...screeningEn,
  ...pathwayEn,
  ...diaryEn,
  ...drinksEn,
  ...goalsEn,
  ...gainsEn,
  ...dataEn,
  ...settingsEn,
  ...safetyEn,
  ...remindersEn,
  ...ozEnsembleEn,
  ...failuresEn,
  ...contactEn,
  ...statisticsEn,
  ...supportEn,
  ...wellbeingEn,
};
