import { describe, expect, it } from 'vitest';
import { withdrawalRiskAdvice } from './advice.js';
import type { SafetyAnswers } from './questions.js';
import { SAFETY_QUESTIONS, SAFETY_QUESTION_IDS } from './questions.js';

const ALL_NO: SafetyAnswers = {
  'morning-drinking-or-shakes': 'no',
  'seizures-or-delirium-tremens': 'no',
  sedatives: 'no',
  'previous-withdrawal': 'no',
};

describe('withdrawalRiskAdvice', () => {
  it.each<[string, SafetyAnswers, string, string[]]>([
    ['all no', ALL_NO, 'no-sign', []],
    [
      'morning drinking or shakes',
      { ...ALL_NO, 'morning-drinking-or-shakes': 'yes' },
      'medical-support',
      ['morning-drinking-or-shakes'],
    ],
    ['sedatives', { ...ALL_NO, sedatives: 'yes' }, 'medical-support', ['sedatives']],
    [
      'previous withdrawal',
      { ...ALL_NO, 'previous-withdrawal': 'yes' },
      'medical-support',
      ['previous-withdrawal'],
    ],
    [
      'past seizures or délirium tremens',
      { ...ALL_NO, 'seizures-or-delirium-tremens': 'yes' },
      'supervised-withdrawal',
      ['seizures-or-delirium-tremens'],
    ],
    [
      'several yes',
      { ...ALL_NO, sedatives: 'yes', 'seizures-or-delirium-tremens': 'yes' },
      'supervised-withdrawal',
      ['seizures-or-delirium-tremens', 'sedatives'],
    ],
  ])('%s → %s', (_name, answers, level, positives) => {
    const advice = withdrawalRiskAdvice(answers);
    expect(advice.level).toBe(level);
    expect(advice.positives).toEqual(positives);
    expect(advice.unanswered).toEqual([]);
  });

  it('advises medical support when the person preferred not to answer (the risk cannot be ruled out)', () => {
    expect(withdrawalRiskAdvice({})).toEqual({
      level: 'medical-support',
      positives: [],
      unanswered: SAFETY_QUESTION_IDS,
    });
    const { sedatives: _skipped, ...threeAnswers } = ALL_NO;
    expect(withdrawalRiskAdvice(threeAnswers)).toMatchObject({
      level: 'medical-support',
      unanswered: ['sedatives'],
    });
  });

  it('asks one question per risk factor, each in French and English', () => {
    expect(SAFETY_QUESTIONS.map((question) => question.id)).toEqual(SAFETY_QUESTION_IDS);
    for (const question of SAFETY_QUESTIONS) {
      expect(question.text.fr.length).toBeGreaterThan(20);
      expect(question.text.en.length).toBeGreaterThan(20);
    }
  });
});
