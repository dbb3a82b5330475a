import {
  AUDIT,
  AUDIT_C,
  FACE,
  localize,
  maxTotal,
  scoreAudit,
  scoreAuditC,
  scoreFace,
  screeningLevelCode,
  type AuditCResult,
  type AuditResult,
  type FaceResult,
  type Locale,
  type Questionnaire,
  type Sex,
} from '@oz/core';
import { newId, nowIso } from '../../storage/ids.js';
import type { ScreeningRecord } from '../../storage/types.js';

export type OzInstrument = 'audit-c' | 'audit' | 'face';

export const QUESTIONNAIRES: Readonly<Record<OzInstrument, Questionnaire>> = {
  'audit-c': AUDIT_C,
  audit: AUDIT,
  face: FACE,
};

export function isOzInstrument(value: string): value is OzInstrument {
  return value === 'audit-c' || value === 'audit' || value === 'face';
}

export type ScoredResult = AuditCResult | AuditResult | FaceResult;

/** Scores with @oz/core; the app only stores what core computed. */
export function score(instrument: OzInstrument, answers: readonly number[], sex: Sex): ScoredResult {
  if (instrument === 'audit-c') return scoreAuditC(answers, sex);
  if (instrument === 'audit') return scoreAudit(answers, sex);
  return scoreFace(answers, sex);
}

export function levelOf(result: ScoredResult): string {
  return screeningLevelCode(result);
}

export function toRecord(result: ScoredResult): ScreeningRecord {
  return {
    id: newId(),
    instrument: result.instrument,
    version: result.version,
    answers: [...result.answers],
    sex: result.sex,
    total: result.total,
    level: levelOf(result),
    takenAt: nowIso(),
  };
}

/** Re-scores a stored Oz result (same answers, same version → same result), for the pathway. */
export function rescore(record: ScreeningRecord): ScoredResult | null {
  if (!isOzInstrument(record.instrument)) return null;
  try {
    return score(record.instrument, record.answers, record.sex);
  } catch {
    return null;
  }
}

export function maxScore(instrument: OzInstrument): number {
  return maxTotal(QUESTIONNAIRES[instrument]);
}

export function instrumentName(instrument: string, locale: Locale): string {
  return isOzInstrument(instrument) ? localize(QUESTIONNAIRES[instrument].name, locale) : 'Oz Ensemble';
}

export function maxOf(instrument: string): number {
  return isOzInstrument(instrument) ? maxScore(instrument) : 12;
}
