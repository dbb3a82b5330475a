import { requireFiniteInRange } from '../quantity.js';
import { auditSignals, auditZone } from '../screening/audit.js';
import type { AuditCLevel } from '../screening/auditC.js';
import { auditCLevel } from '../screening/auditC.js';
import type { FaceLevel } from '../screening/face.js';
import { FACE_MORNING_DRINKING_ITEM_INDEX, faceLevel } from '../screening/face.js';
import type { Sex } from '../screening/questionnaire.js';
import { isSex } from '../screening/questionnaire.js';
import { nextLevel, reason } from './levels.js';
import type { AuditCEvidence, AuditEvidence, FaceEvidence, PathwayLevel, PathwayReason } from './types.js';

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

/** AUDIT: SFA bounds, WHO zone IV, and the WHO escalation on items 4–6 and 9–10. */
export function auditReasons(evidence: AuditEvidence): PathwayReason[] {
  const total = requireFiniteInRange('audit.total', evidence.total, { max: 40 });
  const base = auditTotalReason(total, sexOf(evidence));
  const reasons = [base];
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

const AUDIT_C_LEVELS: Readonly<Record<AuditCLevel, PathwayLevel>> = {
  low: 'inform',
  misuse: 'brief-intervention',
  dependence: 'specialist',
};

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

/** FACE: excessive → brief intervention; > 8 → addiction consultation; Q4 morning drinking → caution. */
export function faceReasons(evidence: FaceEvidence): PathwayReason[] {
  const total = requireFiniteInRange('face.total', evidence.total, { max: 20 });
  const level = faceLevel(total, sexOf(evidence));
  const reasons = [
    reason(`face-${level}`, FACE_LEVELS[level], 'arfaoui-2004-face', {
      withdrawalCaution: level === 'dependence',
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
