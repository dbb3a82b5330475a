import { describe, expect, it } from 'vitest';
import type { SafetyAnswers, SafetyQuestionId } from '../safety/questions.js';
import { scoreAuditC } from '../screening/auditC.js';
import { recommendPathway } from './recommendPathway.js';
import type { PathwayInput } from './types.js';

const codes = (input: PathwayInput): string[] => recommendPathway(input).reasons.map((reason) => reason.code);

describe('recommendPathway — the person', () => {
  const misuse = scoreAuditC([2, 1, 1], 'male');
  const dependence = scoreAuditC([4, 4, 4], 'male');

  it.each([
    { ageBand: undefined, level: misuse, structures: ['csapa'] },
    { ageBand: '18-24', level: misuse, structures: ['cjc', 'csapa'] },
    { ageBand: '25-64', level: dependence, structures: ['csapa', 'hospital'] },
    { ageBand: '18-24', level: dependence, structures: ['cjc', 'csapa', 'hospital'] },
    { ageBand: '75-plus', level: dependence, structures: ['hospital', 'csapa'] },
  ] as const)('suggests $structures for $ageBand', ({ ageBand, level, structures }) => {
    const input: PathwayInput = ageBand === undefined ? { auditC: level } : { auditC: level, ageBand };
    expect(recommendPathway(input).suggestedStructureTypes).toEqual(structures);
  });

  it('orients any drinking minor to a professional (CJC)', () => {
    const result = recommendPathway({ auditC: scoreAuditC([1, 0, 0], 'female'), ageBand: 'under-18' });
    expect(result.level).toBe('brief-intervention');
    expect(result.reasons[0]?.code).toBe('minor-drinking');
    expect(result.suggestedStructureTypes[0]).toBe('cjc');
    expect(recommendPathway({ auditC: scoreAuditC([0, 0, 0], 'female'), ageBand: 'under-18' }).level).toBe(
      'inform',
    );
  });

  it('treats any drinking in pregnancy as needing specialist care', () => {
    const result = recommendPathway({ auditC: scoreAuditC([1, 0, 0], 'female'), pregnant: true });
    expect(result.level).toBe('specialist');
    expect(result.reasons.map((reason) => reason.code)).toContain('pregnancy');
  });

  it('adds the hospital-withdrawal reason from 75 when dependence signals exist', () => {
    expect(codes({ auditC: dependence, ageBand: '75-plus' })).toContain('older-person-withdrawal');
    expect(codes({ auditC: misuse, ageBand: '75-plus' })).not.toContain('older-person-withdrawal');
  });
});

describe('recommendPathway — answers to the pre-break safety questions', () => {
  const low = scoreAuditC([1, 0, 0], 'male');
  const answers = (yes: SafetyQuestionId): SafetyAnswers => ({
    'morning-drinking-or-shakes': 'no',
    'seizures-or-delirium-tremens': 'no',
    sedatives: 'no',
    'previous-withdrawal': 'no',
    [yes]: 'yes',
  });

  it.each<[SafetyQuestionId, string, string, string]>([
    ['seizures-or-delirium-tremens', 'withdrawal-complications-history', 'specialist', 'hospital'],
    ['morning-drinking-or-shakes', 'reported-withdrawal-signs', 'brief-intervention', 'csapa'],
    ['previous-withdrawal', 'reported-withdrawal-signs', 'brief-intervention', 'csapa'],
    ['sedatives', 'sedatives-with-alcohol', 'brief-intervention', 'csapa'],
  ])('a "yes" to %s gives %s (%s) with the withdrawal caution', (question, code, level, firstStructure) => {
    const result = recommendPathway({ auditC: low, safetyAnswers: answers(question) });
    expect(result.level).toBe(level);
    expect(result.withdrawalCaution).toBe(true);
    expect(result.reasons[0]).toMatchObject({ code, source: 'sfa-2015-withdrawal', withdrawalCaution: true });
    expect(result.suggestedStructureTypes[0]).toBe(firstStructure);
  });

  it('adds nothing when every answer is "no" or none was given', () => {
    const allNo: SafetyAnswers = { ...answers('sedatives'), sedatives: 'no' };
    expect(recommendPathway({ auditC: low, safetyAnswers: allNo })).toMatchObject({
      level: 'inform',
      withdrawalCaution: false,
    });
    expect(recommendPathway({ auditC: low, safetyAnswers: {} }).withdrawalCaution).toBe(false);
  });
});
