import type { LocalizedText } from '../i18n.js';
import {
  DRINKING_FREQUENCY,
  DRINKS_PER_TYPICAL_DAY,
  HOW_OFTEN,
  NO_NOT_LAST_YEAR_LAST_YEAR,
  STANDARD_DRINK_HINT,
} from './options.js';
import type { Questionnaire, QuestionnaireItem, ScoredAnswers, Sex } from './questionnaire.js';
import { scoreItems } from './questionnaire.js';

/*
 * AUDIT, Alcohol Use Disorders Identification Test (WHO). 10 items: 1–3 consumption, 4–6 dependence,
 * 7–10 problems. Items 1–8 score 0–4, items 9–10 score 0/2/4; total 0–40.
 * Source: WHO AUDIT manual 2nd ed., Babor et al. 2001 (WHO/MSD/MSB/01.6a) — docs/reference/clinical-sources.md B.1.
 */

const item = (
  number: number,
  fr: string,
  en: string,
  options: QuestionnaireItem['options'],
  hint?: LocalizedText,
): QuestionnaireItem => ({
  id: `audit-${String(number)}`,
  number,
  text: { fr, en },
  options,
  ...(hint === undefined ? {} : { hint }),
});

const LAST_YEAR_FR = 'Au cours de l’année écoulée, à quelle fréquence';
const LAST_YEAR_EN = 'How often during the last year';

/** AUDIT items 1–3 are also the whole AUDIT-C. */
export const AUDIT_CONSUMPTION_ITEMS: readonly QuestionnaireItem[] = [
  item(
    1,
    'À quelle fréquence vous arrive-t-il de consommer des boissons contenant de l’alcool ?',
    'How often do you have a drink containing alcohol?',
    DRINKING_FREQUENCY,
  ),
  item(
    2,
    'Combien de verres standard buvez-vous au cours d’une journée ordinaire où vous buvez de l’alcool ?',
    'How many standard drinks containing alcohol do you have on a typical day when you are drinking?',
    DRINKS_PER_TYPICAL_DAY,
    STANDARD_DRINK_HINT,
  ),
  item(
    3,
    'Au cours d’une même occasion, à quelle fréquence vous arrive-t-il de boire six verres standard ou plus ?',
    'How often do you have six or more standard drinks on one occasion?',
    HOW_OFTEN,
    STANDARD_DRINK_HINT,
  ),
];

const DEPENDENCE_AND_PROBLEM_ITEMS: readonly QuestionnaireItem[] = [
  item(
    4,
    LAST_YEAR_FR +
      ' avez-vous constaté que vous n’étiez plus capable de vous arrêter de boire une fois que vous aviez commencé ?',
    `${LAST_YEAR_EN} have you found that you were not able to stop drinking once you had started?`,
    HOW_OFTEN,
  ),
  item(
    5,
    LAST_YEAR_FR +
      ' le fait d’avoir bu de l’alcool vous a-t-il empêché de faire ce qui était normalement attendu de vous ?',
    `${LAST_YEAR_EN} have you failed to do what was normally expected from you because of drinking?`,
    HOW_OFTEN,
  ),
  item(
    6,
    LAST_YEAR_FR +
      ', après une période de forte consommation, avez-vous dû boire de l’alcool dès le matin pour vous sentir en forme ?',
    `${LAST_YEAR_EN} have you needed a first drink in the morning to get yourself going after a heavy drinking session?`,
    HOW_OFTEN,
  ),
  item(
    7,
    LAST_YEAR_FR + ' avez-vous eu un sentiment de culpabilité ou de regret après avoir bu ?',
    `${LAST_YEAR_EN} have you had a feeling of guilt or remorse after drinking?`,
    HOW_OFTEN,
  ),
  item(
    8,
    LAST_YEAR_FR +
      ' avez-vous été incapable de vous souvenir de ce qui s’était passé la nuit précédente parce que vous aviez bu ?',
    `${LAST_YEAR_EN} have you been unable to remember what happened the night before because you had been drinking?`,
    HOW_OFTEN,
  ),
  item(
    9,
    'Vous êtes-vous blessé(e) ou avez-vous blessé quelqu’un parce que vous aviez bu ?',
    'Have you or someone else been injured as a result of your drinking?',
    NO_NOT_LAST_YEAR_LAST_YEAR,
  ),
  item(
    10,
    'Un parent, un ami, un médecin ou un autre soignant s’est-il inquiété de votre consommation d’alcool ou vous a-t-il suggéré de la réduire ?',
    'Has a relative, friend, doctor or other health worker been concerned about your drinking or suggested you cut down?',
    NO_NOT_LAST_YEAR_LAST_YEAR,
  ),
];

export const AUDIT: Questionnaire<'audit'> = {
  id: 'audit',
  version: '1.0.0',
  name: { fr: 'AUDIT (test complet, 10 questions)', en: 'AUDIT (full test, 10 questions)' },
  intro: {
    fr: 'Ces questions portent sur votre consommation d’alcool au cours des 12 derniers mois.',
    en: 'These questions are about your drinking over the last 12 months.',
  },
  items: [...AUDIT_CONSUMPTION_ITEMS, ...DEPENDENCE_AND_PROBLEM_ITEMS],
  sources: [
    'WHO AUDIT manual, 2nd ed., Babor et al. 2001, WHO/MSD/MSB/01.6a',
    'https://comorbidityguidelines.org.au/appendix-u-alcohol-use-disorders-identification-test-audit/audit-scoring-clinician-use-only',
    'djibe/recommandations-medicales layouts/shortcodes/scores/audit.html (French wording)',
  ],
};

/** WHO risk zones: I low risk, II hazardous, III harmful, IV possible dependence. */
export type AuditZone = 1 | 2 | 3 | 4;

/** Lowest total of each WHO zone (docs/reference/clinical-sources.md B.1): I 0–7, II 8–15, III 16–19, IV 20–40. */
export const AUDIT_ZONE_MIN_TOTAL = { 2: 8, 3: 16, 4: 20 } as const;

/**
 * WHO escalation: "give the next level of intervention if items 4–6 score ≥ 2" (comorbidityguidelines
 * page, docs/reference/clinical-sources.md B.1). Items 4–6 are the dependence items (impaired control, failed obligations,
 * morning drinking).
 */
export const AUDIT_DEPENDENCE_ITEM_MIN_POINTS = 2;
/** Item 9 or 10 scoring 4 (harm in the last year) also escalates (same source). */
export const AUDIT_HARM_ITEM_POINTS = 4;

export interface AuditSignals {
  /** Numbers (4–6) of dependence items scoring ≥ 2. */
  readonly dependenceItems: readonly number[];
  /** AUDIT item 6 > 0: needed a drink in the morning at least once in the year (withdrawal relief). */
  readonly morningDrinking: boolean;
  /** Numbers (9, 10) of harm items scoring 4 (injury or concern in the last year). */
  readonly recentHarmItems: readonly number[];
}

export interface AuditResult extends ScoredAnswers<'audit'> {
  readonly zone: AuditZone;
  readonly signals: AuditSignals;
}

export function auditZone(total: number): AuditZone {
  if (total >= AUDIT_ZONE_MIN_TOTAL[4]) return 4;
  if (total >= AUDIT_ZONE_MIN_TOTAL[3]) return 3;
  if (total >= AUDIT_ZONE_MIN_TOTAL[2]) return 2;
  return 1;
}

/** The WHO escalation signals read from the points of each AUDIT item (item 1 first). */
export function auditSignals(itemPoints: readonly number[]): AuditSignals {
  const pointsOfItem = (number: number): number => itemPoints[number - 1] ?? 0;
  return {
    dependenceItems: [4, 5, 6].filter((n) => pointsOfItem(n) >= AUDIT_DEPENDENCE_ITEM_MIN_POINTS),
    morningDrinking: pointsOfItem(6) > 0,
    recentHarmItems: [9, 10].filter((n) => pointsOfItem(n) === AUDIT_HARM_ITEM_POINTS),
  };
}

/**
 * Scores the full AUDIT from 0-based option indices in item order. The WHO zones do not depend on
 * sex; `sex` is kept with the result for the pathway and for comparisons.
 * @throws ScreeningAnswerError for a wrong number of answers or an out-of-range index.
 */
export function scoreAudit(answers: readonly number[], sex: Sex = 'unspecified'): AuditResult {
  const scored = scoreItems(AUDIT, answers, sex);
  return { ...scored, zone: auditZone(scored.total), signals: auditSignals(scored.itemPoints) };
}
