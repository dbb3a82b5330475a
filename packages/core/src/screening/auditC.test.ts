import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScreeningAnswerError } from '../errors.js';
import { AUDIT } from './audit.js';
import type { AuditCLevel } from './auditC.js';
import { AUDIT_C, auditCLevel, scoreAuditC } from './auditC.js';
import type { Sex } from './questionnaire.js';
import { maxTotal } from './questionnaire.js';
import { validAnswers } from './screening.fixture.js';

/** Answers of the 3 items giving `total` (0–12). */
function answersFor(total: number): number[] {
  return [Math.min(4, total), Math.min(4, Math.max(0, total - 4)), Math.max(0, total - 8)];
}

describe('AUDIT-C data', () => {
  it('is the first 3 AUDIT items, 0–4 each, total 0–12', () => {
    expect(AUDIT_C.items.map((item) => item.text)).toEqual(AUDIT.items.slice(0, 3).map((item) => item.text));
    expect(maxTotal(AUDIT_C)).toBe(12);
  });
});

describe('scoreAuditC', () => {
  // Men ≥ 4, women and unspecified ≥ 3 → misuse; ≥ 10 → dependence (HAS 2021 / SFA, docs/reference/clinical-sources.md B.2).
  const table: [number, Sex, AuditCLevel][] = [
    [0, 'male', 'low'],
    [3, 'male', 'low'],
    [4, 'male', 'misuse'],
    [9, 'male', 'misuse'],
    [10, 'male', 'dependence'],
    [12, 'male', 'dependence'],
    [2, 'female', 'low'],
    [3, 'female', 'misuse'],
    [9, 'female', 'misuse'],
    [10, 'female', 'dependence'],
    [2, 'unspecified', 'low'],
    [3, 'unspecified', 'misuse'],
    [10, 'unspecified', 'dependence'],
  ];
  it.each(table)('total %i, %s → %s', (total, sex, level) => {
    const result = scoreAuditC(answersFor(total), sex);
    expect(result.total).toBe(total);
    expect(result.level).toBe(level);
    expect(result).toMatchObject({ instrument: 'audit-c', version: AUDIT_C.version, sex });
  });

  it.each([
    { answers: [], code: 'wrong-answer-count' },
    { answers: [0, 0, 0, 0], code: 'wrong-answer-count' },
    { answers: [0, 5, 0], code: 'answer-out-of-range' },
  ])('throws a typed error ($code)', ({ answers, code }) => {
    expect(() => scoreAuditC(answers, 'female')).toThrow(ScreeningAnswerError);
    expect(() => scoreAuditC(answers, 'female')).toThrow(
      expect.objectContaining({ code, instrument: 'audit-c' }) as Error,
    );
  });

  it("never rates 'unspecified' lower than either sex (protective thresholds)", () => {
    const rank: Record<AuditCLevel, number> = { low: 0, misuse: 1, dependence: 2 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), (total) => {
        const unspecified = rank[auditCLevel(total, 'unspecified')];
        expect(unspecified).toBeGreaterThanOrEqual(rank[auditCLevel(total, 'male')]);
        expect(unspecified).toBeGreaterThanOrEqual(rank[auditCLevel(total, 'female')]);
      }),
    );
  });

  it('is monotonic in answers', () => {
    const rank: Record<AuditCLevel, number> = { low: 0, misuse: 1, dependence: 2 };
    fc.assert(
      fc.property(
        validAnswers(AUDIT_C),
        fc.nat(2),
        fc.constantFrom<Sex>('male', 'female', 'unspecified'),
        (answers, item, sex) => {
          fc.pre((answers[item] ?? 0) < 4);
          const raised = answers.map((answer, index) => (index === item ? answer + 1 : answer));
          const before = scoreAuditC(answers, sex);
          const after = scoreAuditC(raised, sex);
          expect(after.total).toBe(before.total + 1);
          expect(rank[after.level]).toBeGreaterThanOrEqual(rank[before.level]);
        },
      ),
    );
  });
});
