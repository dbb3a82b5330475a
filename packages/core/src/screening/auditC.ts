import { AUDIT_CONSUMPTION_ITEMS } from './audit.js';
import type { Questionnaire, ScoredAnswers, Sex } from './questionnaire.js';
import { scoreItems } from './questionnaire.js';

/*
 * AUDIT-C: the first 3 AUDIT items (consumption), total 0–12.
 * Thresholds used in France (HAS 2021 RPIB tool and SFA as implemented in [djibe] audit-c.html, citing
 * Bradley et al. 2007; US Core FHIR AUDIT-C example, PMID 12695273) — docs/reference/clinical-sources.md B.2:
 * men ≥ 4, women ≥ 3 → probable misuse; ≥ 10 (both sexes) → probable dependence.
 * Divergences not taken: a dental-press "> 5" reading, and Oz Ensemble's lenient 5/6 cut-offs
 * (docs/reference/oz-ensemble-formats.md §2.8). 'unspecified' gets the women's (lower, protective) threshold.
 */

export const AUDIT_C: Questionnaire<'audit-c'> = {
  id: 'audit-c',
  version: '1.0.0',
  name: { fr: 'AUDIT-C (test rapide, 3 questions)', en: 'AUDIT-C (quick test, 3 questions)' },
  intro: {
    fr: 'Ces questions portent sur votre consommation d’alcool au cours des 12 derniers mois.',
    en: 'These questions are about your drinking over the last 12 months.',
  },
  items: AUDIT_CONSUMPTION_ITEMS.map((item) => ({ ...item, id: `audit-c-${String(item.number)}` })),
  sources: [
    'Bradley et al. 2007 (AUDIT-C cut-offs), HAS 2021 RPIB tool as implemented in djibe/recommandations-medicales layouts/shortcodes/scores/audit-c.html',
    'https://hl7.org/fhir/us/core/Questionnaire-AUDIT-C.html (LOINC panel 72109-2, total 75626-2)',
  ],
};

export type AuditCLevel = 'low' | 'misuse' | 'dependence';

/** Total from which dependence is probable, both sexes. */
export const AUDIT_C_DEPENDENCE_MIN_TOTAL = 10;
/** Total from which misuse is probable, by sex ('unspecified' = the protective, lower one). */
export const AUDIT_C_MISUSE_MIN_TOTAL: Readonly<Record<Sex, number>> = { male: 4, female: 3, unspecified: 3 };

export interface AuditCResult extends ScoredAnswers<'audit-c'> {
  readonly level: AuditCLevel;
}

export function auditCLevel(total: number, sex: Sex): AuditCLevel {
  if (total >= AUDIT_C_DEPENDENCE_MIN_TOTAL) return 'dependence';
  if (total >= AUDIT_C_MISUSE_MIN_TOTAL[sex]) return 'misuse';
  return 'low';
}

/**
 * Scores AUDIT-C from 0-based option indices of its 3 items.
 * `sex` omitted → 'unspecified', which uses the protective thresholds.
 * @throws ScreeningAnswerError for a wrong number of answers, an out-of-range index or an unknown sex.
 */
export function scoreAuditC(answers: readonly number[], sex: Sex = 'unspecified'): AuditCResult {
  const scored = scoreItems(AUDIT_C, answers, sex);
  return { ...scored, level: auditCLevel(scored.total, sex) };
}
