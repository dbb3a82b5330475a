import type { DiaryDays } from '../diary/dayStatus.js';
import type { WeeklyReport } from '../diary/weeklyReport.js';
import type { SafetyAnswers } from '../safety/questions.js';
import type { AuditSignals } from '../screening/audit.js';
import type { InstrumentId, Sex } from '../screening/questionnaire.js';
import type { PathwaySourceId } from './sources.js';

/**
 * From lightest to strongest (HAS brief intervention steps, docs/reference/clinical-sources.md B.7–B.8):
 * - 'inform': give back the result, explain the repères;
 * - 'self-help': the app's own tools (diary, goals), advice and materials (WHO zone II);
 * - 'brief-intervention': talk with a professional (GP, distance help, CJC/CSAPA consultation);
 * - 'specialist': addiction consultation for evaluation and care (CSAPA, hospital).
 */
export const PATHWAY_LEVELS = ['inform', 'self-help', 'brief-intervention', 'specialist'] as const;
export type PathwayLevel = (typeof PATHWAY_LEVELS)[number];

/** Age bands the app may ask for (optional). Under 25 → CJC (12–25, docs/reference/clinical-sources.md C.2). */
export const AGE_BANDS = ['under-18', '18-24', '25-64', '65-74', '75-plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Directory structure types, as in @oz/contracts STRUCTURE_TYPES. */
export type SuggestedStructureType = 'cjc' | 'csapa' | 'hospital' | 'elsa';

/**
 * What the pathway needs from a screening result: the total, and when known the sex and item points.
 * Every result of scoreAudit / scoreAuditC / scoreFace fits; so does a result stored by an older version.
 */
export interface ScreeningEvidence {
  readonly total: number;
  /** Missing → the protective ('unspecified') thresholds. */
  readonly sex?: Sex;
  readonly itemPoints?: readonly number[];
}
export interface AuditEvidence extends ScreeningEvidence {
  readonly signals?: AuditSignals;
}
export type AuditCEvidence = ScreeningEvidence;
export interface FaceEvidence extends ScreeningEvidence {
  readonly morningDrinking?: boolean;
}
/** Any scored result, tagged with its instrument (every scoring function's result fits). */
export interface TaggedScreeningEvidence extends AuditEvidence, FaceEvidence {
  readonly instrument: InstrumentId;
}

/** The diary as entries, for callers that have not built weekly reports themselves. */
export interface PathwayDiary extends DiaryDays {
  /** The person's calendar day: the weeks used are the complete weeks before this one. */
  readonly today: string;
  /** How many past weeks to look at (default 4). */
  readonly weeks?: number;
}

export interface PathwayInput {
  /** The latest result of each questionnaire the person took (any may be missing). */
  readonly audit?: AuditEvidence;
  readonly auditC?: AuditCEvidence;
  readonly face?: FaceEvidence;
  /**
   * Results of any instrument, oldest first: for each instrument the last one is used (an explicit
   * `audit` / `auditC` / `face` wins).
   */
  readonly screenings?: readonly TaggedScreeningEvidence[];
  /** Recent complete diary weeks (e.g. the last 4), any order. Only mostly filled weeks should be passed. */
  readonly recentWeeks?: readonly WeeklyReport[];
  /** Alternative to `recentWeeks`: the diary itself; see recentWeeklyReports. */
  readonly diary?: PathwayDiary;
  readonly ageBand?: AgeBand;
  /** The person said they are pregnant (or breast-feeding): zero alcohol is advised (SPF 2017). */
  readonly pregnant?: boolean;
  /** The latest answers to the pre-break safety questions (safety/questions.ts), when the person gave some. */
  readonly safetyAnswers?: SafetyAnswers;
}

export type PathwayReasonCode =
  | 'no-data'
  | 'audit-low'
  | 'audit-misuse'
  | 'audit-probable-dependence'
  | 'audit-zone-4'
  | 'audit-dependence-items'
  | 'audit-morning-drinking'
  | 'audit-recent-harm'
  | 'audit-c-low'
  | 'audit-c-misuse'
  | 'audit-c-dependence'
  | 'face-low'
  | 'face-excessive'
  | 'face-dependence'
  | 'face-morning-drinking'
  | 'diary-within-guidelines'
  | 'diary-above-guidelines'
  | 'diary-weeks-above-weekly-limit'
  | 'diary-heavy-drinking-days'
  | 'diary-no-drink-free-day'
  | 'diary-daily-heavy-drinking'
  | 'young-person'
  | 'minor-drinking'
  | 'pregnancy'
  | 'older-person-withdrawal'
  | 'withdrawal-complications-history'
  | 'reported-withdrawal-signs'
  | 'sedatives-with-alcohol';

/** One rule that fired: machine-readable, translated by the UI, with the rule's source. */
export interface PathwayReason {
  readonly code: PathwayReasonCode;
  /** The level this rule asks for on its own. */
  readonly level: PathwayLevel;
  readonly source: PathwaySourceId;
  /** This rule is a dependence signal: advise medical support rather than stopping alone. */
  readonly withdrawalCaution: boolean;
  /** Numbers the UI can quote (e.g. { total: 22 } or { weeks: 3 }). */
  readonly data?: Readonly<Record<string, number>>;
}

export interface PathwayRecommendation {
  /** The strongest level any rule asked for. */
  readonly level: PathwayLevel;
  /** Every rule that fired, strongest first. */
  readonly reasons: readonly PathwayReason[];
  /**
   * Dependence signals are present: the app must advise medical support for reducing or stopping and
   * never suggest stopping abruptly alone (withdrawal can be dangerous — docs/reference/clinical-sources.md B.8).
   */
  readonly withdrawalCaution: boolean;
  /** Care structures to show first in the directory, most relevant first. */
  readonly suggestedStructureTypes: readonly SuggestedStructureType[];
  /** Version of the rule set, stored with the recommendation. */
  readonly rulesVersion: string;
}
