import type { SafetyAnswers, SafetyQuestionId } from './questions.js';
import { SAFETY_QUESTION_IDS } from './questions.js';

/*
 * What the answers to the pre-break questions imply (issue 8; docs/clinical-rules.md §6). Any "yes" means
 * stopping or cutting down sharply should be done with medical support (SFA 2015: withdrawal symptoms start
 * 6–8 h after the last drink, peak at 24–48 h, 10–15 % are severe). A past seizure or délirium tremens makes
 * a hospital (or closely supervised) withdrawal the recommendation (SFA 2015: hospital withdrawal indicated).
 * A question the person preferred not to answer cannot rule the risk out: the advice is then medical support
 * too. Oz informs: the person still chooses, nothing is blocked.
 */

/**
 * - 'no-sign': every question answered "no";
 * - 'medical-support': reduce or stop with a doctor, a CSAPA or Alcool Info Service;
 * - 'supervised-withdrawal': as above, and a hospital or closely supervised withdrawal is recommended.
 */
export type WithdrawalRiskLevel = 'no-sign' | 'medical-support' | 'supervised-withdrawal';

export interface WithdrawalRiskAdvice {
  readonly level: WithdrawalRiskLevel;
  /** Questions answered "yes", in question order. */
  readonly positives: readonly SafetyQuestionId[];
  /** Questions left unanswered, in question order. */
  readonly unanswered: readonly SafetyQuestionId[];
}

/** Answers after which a supervised (hospital) withdrawal is recommended (SFA 2015, docs/reference/clinical-sources.md B.8). */
const SUPERVISED_WITHDRAWAL_QUESTIONS: readonly SafetyQuestionId[] = ['seizures-or-delirium-tremens'];

export function withdrawalRiskAdvice(answers: SafetyAnswers): WithdrawalRiskAdvice {
  const positives = SAFETY_QUESTION_IDS.filter((id) => answers[id] === 'yes');
  const unanswered = SAFETY_QUESTION_IDS.filter((id) => answers[id] !== 'yes' && answers[id] !== 'no');
  const level: WithdrawalRiskLevel = positives.some((id) => SUPERVISED_WITHDRAWAL_QUESTIONS.includes(id))
    ? 'supervised-withdrawal'
    : positives.length > 0 || unanswered.length > 0
      ? 'medical-support'
      : 'no-sign';
  return { level, positives, unanswered };
}
