import type { LocalizedText } from '../i18n.js';
import type { AnswerOption } from './questionnaire.js';

/*
 * Answer scales shared by AUDIT, AUDIT-C and FACE. French wording as used by French GP references
 * ([djibe] layouts/shortcodes/scores/audit.html, face.html — docs/reference/clinical-sources.md B.1–B.3); English wording from
 * the WHO AUDIT manual, 2nd ed. (Babor et al. 2001, WHO/MSD/MSB/01.6a).
 */

function scale(labels: readonly LocalizedText[], points: readonly number[]): readonly AnswerOption[] {
  return labels.map((label, index) => ({ label, points: points[index] ?? index }));
}

const ZERO_TO_FOUR = [0, 1, 2, 3, 4];

/** AUDIT item 1 / AUDIT-C item 1 / FACE item 1. */
export const DRINKING_FREQUENCY = scale(
  [
    { fr: 'Jamais', en: 'Never' },
    { fr: 'Une fois par mois ou moins', en: 'Monthly or less' },
    { fr: '2 à 4 fois par mois', en: '2 to 4 times a month' },
    { fr: '2 à 3 fois par semaine', en: '2 to 3 times a week' },
    { fr: '4 fois par semaine ou plus', en: '4 or more times a week' },
  ],
  ZERO_TO_FOUR,
);

/** AUDIT item 2 / AUDIT-C item 2 / FACE item 2 (drinks on a typical drinking day). */
export const DRINKS_PER_TYPICAL_DAY = scale(
  [
    { fr: '1 ou 2', en: '1 or 2' },
    { fr: '3 ou 4', en: '3 or 4' },
    { fr: '5 ou 6', en: '5 or 6' },
    { fr: '7 à 9', en: '7, 8 or 9' },
    { fr: '10 ou plus', en: '10 or more' },
  ],
  ZERO_TO_FOUR,
);

/** AUDIT items 3–8. */
export const HOW_OFTEN = scale(
  [
    { fr: 'Jamais', en: 'Never' },
    { fr: 'Moins d’une fois par mois', en: 'Less than monthly' },
    { fr: 'Une fois par mois', en: 'Monthly' },
    { fr: 'Une fois par semaine', en: 'Weekly' },
    { fr: 'Tous les jours ou presque', en: 'Daily or almost daily' },
  ],
  ZERO_TO_FOUR,
);

/** AUDIT items 9–10: 0, 2 or 4 points (WHO manual). */
export const NO_NOT_LAST_YEAR_LAST_YEAR = scale(
  [
    { fr: 'Non', en: 'No' },
    { fr: 'Oui, mais pas au cours de l’année écoulée', en: 'Yes, but not in the last year' },
    { fr: 'Oui, au cours de l’année écoulée', en: 'Yes, during the last year' },
  ],
  [0, 2, 4],
);

/** FACE items 3–5: no 0, yes 4 points (Arfaoui et al. 2004). */
export const NO_YES_FOUR = scale(
  [
    { fr: 'Non', en: 'No' },
    { fr: 'Oui', en: 'Yes' },
  ],
  [0, 4],
);

/** What one standard drink is, shown under "how many drinks" questions (docs/reference/clinical-sources.md B.6). */
export const STANDARD_DRINK_HINT: LocalizedText = {
  fr: '1 verre standard = 10 g d’alcool pur : un demi de bière (25 cl), un verre de vin (10 cl), un apéritif (7 cl) ou un petit verre d’alcool fort (3 cl).',
  en: 'One standard drink = 10 g of pure alcohol: a small beer (25 cl), a glass of wine (10 cl), an aperitif (7 cl) or a shot of spirits (3 cl).',
};
