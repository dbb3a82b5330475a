import type { SafetyAnswers } from '../safety/questions.js';
import { reason } from './levels.js';
import type { PathwayReason } from './types.js';

/*
 * The person's answers to the pre-break safety questions (safety/questions.ts) are part of what the device
 * knows, so they feed the live recommendation (issue 8; docs/clinical-rules.md §5 and §6):
 * - a past seizure or délirium tremens on stopping: hospital withdrawal is indicated (SFA 2015) → specialist,
 *   hospital first;
 * - morning drinking or shakes, or a previous withdrawal or its signs: dependence signals (HAS/SFA
 *   orientation; SFA 2015) → at least a brief intervention, with the withdrawal caution;
 * - benzodiazepines or other sedatives: withdrawal must be planned with the prescriber (SFA 2015: other
 *   sedatives at high dose make hospital withdrawal indicated; Oz does not know the dose) → at least a brief
 *   intervention, with the withdrawal caution.
 */
export function safetyAnswerReasons(answers: SafetyAnswers | undefined): PathwayReason[] {
  if (answers === undefined) return [];
  const reasons: PathwayReason[] = [];
  if (answers['seizures-or-delirium-tremens'] === 'yes') {
    reasons.push(
      reason('withdrawal-complications-history', 'specialist', 'sfa-2015-withdrawal', {
        withdrawalCaution: true,
      }),
    );
  }
  if (answers['morning-drinking-or-shakes'] === 'yes' || answers['previous-withdrawal'] === 'yes') {
    reasons.push(
      reason('reported-withdrawal-signs', 'brief-intervention', 'sfa-2015-withdrawal', {
        withdrawalCaution: true,
      }),
    );
  }
  if (answers.sedatives === 'yes') {
    reasons.push(
      reason('sedatives-with-alcohol', 'brief-intervention', 'sfa-2015-withdrawal', {
        withdrawalCaution: true,
      }),
    );
  }
  return reasons;
}
