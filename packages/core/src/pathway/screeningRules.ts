import { requireFiniteInRange } from '../quantity.js';
import { auditSignals, auditZone } from '../screening/audit.js';
import type { AuditCLevel } from '../screening/auditC.js';
import { auditCLevel } from '../screening/auditC.js';
import type { FaceLevel } from '../screening/face.js';
import { FACE_MORNING_DRINKING_ITEM_INDEX, faceLevel, faceRegularHeavyDrinking } from '../screening/face.js';
import type { Sex } from '../screening/questionnaire.js';
import { isSex } from '../screening/questionnaire.js';
import { levelRank, nextLevel, reason, strongerLevel } from './levels.js';
import type {
  AuditCEvidence,
  AuditEvidence,
  FaceEvidence,
  PathwayLevel,
  PathwayReason,
  TaggedScreeningEvidence,
} from './types.js';

/*
 * Screening rules. Every threshold is documented with its source in docs/clinical-rules.md.
 * The three instruments map the same way: low → inform, misuse → brief intervention, probable
 * dependence → specialist (the French readings: SFA 2023 for AUDIT, HAS 2021 for AUDIT-C, Arfaoui 2004
 * for FACE). Where the WHO AUDIT zones and the SFA bounds differ, Oz takes the more protective level.
 * Levels are recomputed from the total and sex (not read from a stored level), so results stored by an
 * older version, or built by hand, are judged by today's rules; a missing sex gets the protective bounds.
 */

/** SFA 2023 AUDIT misuse bound: ≥ 7 men, ≥ 6 women ('unspecified' = the lower one) → brief intervention. */
export const AUDIT_SFA_MISUSE_MIN_TOTAL: Readonly<Record<Sex, number>> = {
  male: 7,
  female: 6,
  unspecified: 6,
};
/** SFA 2023 AUDIT probable-dependence bound, both sexes → addiction consultation. */
export const AUDIT_SFA_PROBABLE_DEPENDENCE_MIN_TOTAL = 11;

const AUDIT_C_LEVELS: Readonly<Record<AuditCLevel, PathwayLevel>> = {
  low: 'inform',
  misuse: 'brief-intervention',
  dependence: 'specialist',
};

function sexOf(evidence: { readonly sex?: Sex }): Sex {
  return isSex(evidence.sex) ? evidence.sex : 'unspecified';
}

function auditTotalReason(total: number, sex: Sex): PathwayReason {
  const zone = auditZone(total);
  const data = { total, zone };
  if (zone === 4) {
    // WHO zone IV: "clearly warrant further diagnostic evaluation for alcohol dependence".
    return reason('audit-zone-4', 'specialist', 'who-audit-2001', { withdrawalCaution: true, data });
  }
  if (total >= AUDIT_SFA_PROBABLE_DEPENDENCE_MIN_TOTAL) {
    return reason('audit-probable-dependence', 'specialist', 'sfa-2023-audit', { data });
  }
  if (total >= AUDIT_SFA_MISUSE_MIN_TOTAL[sex]) {
    return reason('audit-misuse', 'brief-intervention', 'sfa-2023-audit', { data });
  }
  return reason('audit-low', 'inform', 'sfa-2023-audit', { data });
}

/**
 * AUDIT items 1–3 are the AUDIT-C (WHO manual; HAS 2021): scored as such, the AUDIT-C rules apply to them, so
 * a full AUDIT never says less than the quick test would on the same answers (≥ 10 → probable dependence, with
 * the withdrawal caution; ≥ 4 men / ≥ 3 women → brief intervention).
 */
function auditConsumptionReasons(itemPoints: readonly number[] | undefined, sex: Sex): PathwayReason[] {
  if (itemPoints === undefined || itemPoints.length < 3) return [];
  const total = itemPoints.slice(0, 3).reduce((sum, points) => sum + points, 0);
  const level = auditCLevel(total, sex);
  if (level === 'low') return [];
  return [
    reason(`audit-consumption-${level}`, AUDIT_C_LEVELS[level], 'has-2021-audit-c', {
      withdrawalCaution: level === 'dependence',
      data: { total },
    }),
  ];
}

/** AUDIT: SFA bounds, WHO zone IV, items 1–3 as AUDIT-C, and the WHO escalation on items 4–6 and 9–10. */
export function auditReasons(evidence: AuditEvidence): PathwayReason[] {
  const total = requireFiniteInRange('audit.total', evidence.total, { max: 40 });
  const base = auditTotalReason(total, sexOf(evidence));
  const reasons = [base, ...auditConsumptionReasons(evidence.itemPoints, sexOf(evidence))];
  const { dependenceItems, morningDrinking, recentHarmItems } =
    evidence.signals ?? auditSignals(evidence.itemPoints ?? []);
  if (dependenceItems.length > 0) {
    reasons.push(
      reason('audit-dependence-items', nextLevel(base.level), 'who-audit-2001', {
        withdrawalCaution: true,
        data: { items: dependenceItems.length },
      }),
    );
  }
  if (morningDrinking) {
    reasons.push(
      reason('audit-morning-drinking', 'brief-intervention', 'has-sfa-orientation', {
        withdrawalCaution: true,
      }),
    );
  }
  if (recentHarmItems.length > 0) {
    reasons.push(
      reason('audit-recent-harm', nextLevel(base.level), 'who-audit-2001', {
        data: { items: recentHarmItems.length },
      }),
    );
  }
  return reasons;
}

/** AUDIT-C: misuse → brief intervention; ≥ 10 → addiction consultation (HAS 2021 RPIB / SFA). */
export function auditCReasons(evidence: AuditCEvidence): PathwayReason[] {
  const total = requireFiniteInRange('auditC.total', evidence.total, { max: 12 });
  const level = auditCLevel(total, sexOf(evidence));
  return [
    reason(`audit-c-${level}`, AUDIT_C_LEVELS[level], 'has-2021-audit-c', {
      withdrawalCaution: level === 'dependence',
      data: { total },
    }),
  ];
}

const FACE_LEVELS: Readonly<Record<FaceLevel, PathwayLevel>> = {
  low: 'inform',
  excessive: 'brief-intervention',
  dependence: 'specialist',
};

/**
 * FACE: excessive → brief intervention; > 8 → addiction consultation (the source's reading of each score);
 * Q4 morning drinking → withdrawal caution. FACE > 8 carries the withdrawal caution only when Q1–Q2 show
 * regular heavy drinking (`faceRegularHeavyDrinking`), or when the item points are unknown (protective).
 */
export function faceReasons(evidence: FaceEvidence): PathwayReason[] {
  const total = requireFiniteInRange('face.total', evidence.total, { max: 20 });
  const level = faceLevel(total, sexOf(evidence));
  const heavy = evidence.itemPoints === undefined || faceRegularHeavyDrinking(evidence.itemPoints);
  const reasons = [
    reason(`face-${level}`, FACE_LEVELS[level], 'arfaoui-2004-face', {
      withdrawalCaution: level === 'dependence' && heavy,
      data: { total },
    }),
  ];
  const morningPoints = evidence.itemPoints?.[FACE_MORNING_DRINKING_ITEM_INDEX] ?? 0;
  if (evidence.morningDrinking === true || morningPoints > 0) {
    reasons.push(
      reason('face-morning-drinking', 'brief-intervention', 'has-sfa-orientation', {
        withdrawalCaution: true,
      }),
    );
  }
  return reasons;
}

/** What one questionnaire result says on its own: the level and caution its rules give, and the reasons. */
export interface ScreeningOutcome {
  readonly level: PathwayLevel;
  readonly withdrawalCaution: boolean;
  /** Strongest first. */
  readonly reasons: readonly PathwayReason[];
}

/**
 * The outcome of one result by the same rules as the pathway, so the result page's label and its advice
 * never contradict (issue 8: AUDIT 7 was « Risque faible » beside « mésusage probable »).
 */
export function screeningOutcome(result: TaggedScreeningEvidence): ScreeningOutcome {
  const reasons =
    result.instrument === 'audit'
      ? auditReasons(result)
      : result.instrument === 'audit-c'
        ? auditCReasons(result)
        : faceReasons(result);
  const sorted = [...reasons].sort((a, b) => levelRank(b.level) - levelRank(a.level));
  return {
    level: sorted.reduce<PathwayLevel>((strongest, item) => strongerLevel(strongest, item.level), 'inform'),
    withdrawalCaution: sorted.some((item) => item.withdrawalCaution),
    reasons: sorted,
  };
}
