import { recentWeeklyReports } from '../diary/recentWeeks.js';
import type { WeeklyReport } from '../diary/weeklyReport.js';
import type { InstrumentId } from '../screening/questionnaire.js';
import { diaryReasons } from './diaryRules.js';
import { levelRank, reason, strongerLevel } from './levels.js';
import { safetyAnswerReasons } from './safetyRules.js';
import { auditCReasons, auditReasons, faceReasons } from './screeningRules.js';
import type {
  AgeBand,
  AuditCEvidence,
  AuditEvidence,
  FaceEvidence,
  PathwayInput,
  PathwayLevel,
  PathwayReason,
  PathwayRecommendation,
  SuggestedStructureType,
  TaggedScreeningEvidence,
} from './types.js';

/** Bump when a rule or threshold changes, so stored recommendations can be told apart. */
export const PATHWAY_RULES_VERSION = '1.1.0';

const YOUNG_AGE_BANDS: readonly AgeBand[] = ['under-18', '18-24'];
/** Past weeks read from `diary` when no reports are given. */
export const DEFAULT_PATHWAY_WEEKS = 4;

/** The input with one result per instrument and the weekly reports resolved. */
interface Evidence {
  readonly audit: AuditEvidence | undefined;
  readonly auditC: AuditCEvidence | undefined;
  readonly face: FaceEvidence | undefined;
  readonly weeks: readonly WeeklyReport[];
}

function latest(input: PathwayInput, instrument: InstrumentId): TaggedScreeningEvidence | undefined {
  return (input.screenings ?? []).filter((result) => result.instrument === instrument).at(-1);
}

function resolve(input: PathwayInput): Evidence {
  const { diary } = input;
  const weeks =
    input.recentWeeks ??
    (diary === undefined
      ? []
      : recentWeeklyReports(diary, diary.today, diary.weeks ?? DEFAULT_PATHWAY_WEEKS));
  return {
    audit: input.audit ?? latest(input, 'audit'),
    auditC: input.auditC ?? latest(input, 'audit-c'),
    face: input.face ?? latest(input, 'face'),
    weeks,
  };
}

function drankAtAll(evidence: Evidence): boolean {
  const screened = [evidence.audit, evidence.auditC, evidence.face].some(
    (result) => (result?.total ?? 0) > 0,
  );
  return screened || evidence.weeks.some((week) => week.totalStandardDrinks > 0);
}

/** Rules about the person rather than their answers: minors, pregnancy, age and withdrawal. */
function personReasons(input: PathwayInput, evidence: Evidence, cautionSoFar: boolean): PathwayReason[] {
  const reasons: PathwayReason[] = [];
  const drank = drankAtAll(evidence);
  if (input.ageBand === 'under-18' && drank) {
    // Zero alcohol for young people (SPF 2017); CJC consultations are made for them (docs/reference/clinical-sources.md C.2).
    reasons.push(reason('minor-drinking', 'brief-intervention', 'spf-2017-reperes'));
  }
  if (input.pregnant === true && drank) {
    // Any drinking during pregnancy is an emergency (HAS/SFA via djibe alcool.md, docs/reference/clinical-sources.md B.8).
    reasons.push(reason('pregnancy', 'specialist', 'has-sfa-orientation'));
  }
  if (input.ageBand === '75-plus' && cautionSoFar) {
    // Hospital withdrawal to consider from age 75 (SFA 2015, docs/reference/clinical-sources.md B.8).
    reasons.push(
      reason('older-person-withdrawal', 'specialist', 'sfa-2015-withdrawal', { withdrawalCaution: true }),
    );
  }
  return reasons;
}

function structuresFor(
  level: PathwayLevel,
  input: PathwayInput,
  withdrawalCaution: boolean,
): SuggestedStructureType[] {
  const young = input.ageBand !== undefined && YOUNG_AGE_BANDS.includes(input.ageBand);
  const hospitalFirst =
    withdrawalCaution &&
    (input.ageBand === '75-plus' ||
      input.pregnant === true ||
      input.safetyAnswers?.['seizures-or-delirium-tremens'] === 'yes');
  const byLevel: Record<PathwayLevel, SuggestedStructureType[]> = {
    inform: [],
    'self-help': young ? ['cjc'] : [],
    'brief-intervention': young ? ['cjc', 'csapa'] : ['csapa'],
    specialist: young ? ['cjc', 'csapa', 'hospital'] : ['csapa', 'hospital'],
  };
  const structures = byLevel[level];
  if (!hospitalFirst) return structures;
  return ['hospital', ...structures.filter((type) => type !== 'hospital')];
}

/**
 * Recommends how far to go — inform, self-help, brief intervention or specialist care — from the
 * latest screening results, recent diary weeks (or the diary itself) and optional age band, with every reason and its
 * source. `withdrawalCaution` is set on any dependence signal (AUDIT-C ≥ 10, AUDIT ≥ 20 or items 4–6,
 * morning drinking, FACE > 8, daily heavy drinking): the app then advises medical support instead of
 * stopping alone. Rules and sources: docs/clinical-rules.md.
 */
export function recommendPathway(input: PathwayInput): PathwayRecommendation {
  const evidence = resolve(input);
  const measured: PathwayReason[] = [
    ...(evidence.audit === undefined ? [] : auditReasons(evidence.audit)),
    ...(evidence.auditC === undefined ? [] : auditCReasons(evidence.auditC)),
    ...(evidence.face === undefined ? [] : faceReasons(evidence.face)),
    ...diaryReasons(evidence.weeks),
    ...safetyAnswerReasons(input.safetyAnswers),
  ];
  const measuredCaution = measured.some((item) => item.withdrawalCaution);
  const all = [...measured, ...personReasons(input, evidence, measuredCaution)];
  const reasons = all.length === 0 ? [reason('no-data', 'inform', 'oz-clinical-choice')] : all;
  const sorted = [...reasons].sort((a, b) => levelRank(b.level) - levelRank(a.level));
  const level = sorted.reduce<PathwayLevel>(
    (strongest, item) => strongerLevel(strongest, item.level),
    'inform',
  );
  const withdrawalCaution = sorted.some((item) => item.withdrawalCaution);
  return {
    level,
    reasons: sorted,
    withdrawalCaution,
    suggestedStructureTypes: structuresFor(level, input, withdrawalCaution),
    rulesVersion: PATHWAY_RULES_VERSION,
  };
}
