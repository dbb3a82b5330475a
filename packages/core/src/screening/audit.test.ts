import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScreeningAnswerError } from '../errors.js';
import { AUDIT, auditZone, scoreAudit } from './audit.js';
import { maxTotal } from './questionnaire.js';
import { answersWithPoints, validAnswers } from './screening.fixture.js';

describe('AUDIT data', () => {
  it('has 10 items: 1–8 with 5 options worth 0–4, 9–10 with 3 options worth 0, 2, 4', () => {
    expect(AUDIT.items).toHaveLength(10);
    AUDIT.items.forEach((item, index) => {
      expect(item.number).toBe(index + 1);
      expect(item.text.fr).not.toBe('');
      expect(item.text.en).not.toBe('');
      const points = item.options.map((option) => option.points);
      expect(points).toEqual(index < 8 ? [0, 1, 2, 3, 4] : [0, 2, 4]);
      for (const option of item.options) {
        expect(option.label.fr).not.toBe('');
        expect(option.label.en).not.toBe('');
      }
    });
    expect(maxTotal(AUDIT)).toBe(40);
    expect(AUDIT.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('scoreAudit', () => {
  it('sums option points: items 9–10 give 0, 2 or 4', () => {
    const result = scoreAudit([1, 0, 0, 0, 0, 0, 0, 0, 1, 2], 'female');
    expect(result.itemPoints).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 2, 4]);
    expect(result.total).toBe(7);
  });

  // WHO zones: I 0–7, II 8–15, III 16–19, IV 20–40 (docs/reference/clinical-sources.md B.1).
  it.each([
    { total: 0, zone: 1, points: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
    { total: 7, zone: 1, points: [4, 3, 0, 0, 0, 0, 0, 0, 0, 0] },
    { total: 8, zone: 2, points: [4, 2, 0, 0, 0, 0, 0, 0, 2, 0] },
    { total: 15, zone: 2, points: [4, 4, 4, 3, 0, 0, 0, 0, 0, 0] },
    { total: 16, zone: 3, points: [4, 4, 4, 0, 0, 0, 0, 0, 0, 4] },
    { total: 19, zone: 3, points: [4, 4, 4, 4, 3, 0, 0, 0, 0, 0] },
    { total: 20, zone: 4, points: [4, 4, 4, 4, 2, 0, 0, 0, 2, 0] },
    { total: 40, zone: 4, points: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4] },
  ])('total $total is zone $zone', ({ total, zone, points }) => {
    expect(auditZone(total)).toBe(zone);
    const result = scoreAudit(answersWithPoints(AUDIT, points), 'male');
    expect(result.total).toBe(total);
    expect(result.zone).toBe(zone);
  });

  it('keeps instrument, version, sex and answers with the result', () => {
    const answers = [2, 1, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(scoreAudit(answers, 'unspecified')).toMatchObject({
      instrument: 'audit',
      version: AUDIT.version,
      sex: 'unspecified',
      answers,
    });
  });

  it('flags the WHO escalation items and morning drinking', () => {
    const result = scoreAudit(answersWithPoints(AUDIT, [0, 0, 0, 2, 1, 1, 0, 0, 4, 2]), 'male');
    expect(result.signals).toEqual({ dependenceItems: [4], morningDrinking: true, recentHarmItems: [9] });
    expect(scoreAudit(answersWithPoints(AUDIT, [4, 4, 4, 1, 1, 0, 4, 4, 0, 0]), 'male').signals).toEqual({
      dependenceItems: [],
      morningDrinking: false,
      recentHarmItems: [],
    });
  });

  it.each([
    { answers: [0, 0, 0], code: 'wrong-answer-count' },
    { answers: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], code: 'wrong-answer-count' },
    { answers: [5, 0, 0, 0, 0, 0, 0, 0, 0, 0], code: 'answer-out-of-range' },
    { answers: [0, 0, 0, 0, 0, 0, 0, 0, 3, 0], code: 'answer-out-of-range' },
    { answers: [0, -1, 0, 0, 0, 0, 0, 0, 0, 0], code: 'answer-out-of-range' },
    { answers: [0, 1.5, 0, 0, 0, 0, 0, 0, 0, 0], code: 'answer-out-of-range' },
    { answers: [0, Number.NaN, 0, 0, 0, 0, 0, 0, 0, 0], code: 'answer-out-of-range' },
  ])('throws a typed error ($code) for $answers', ({ answers, code }) => {
    expect(() => scoreAudit(answers, 'male')).toThrow(ScreeningAnswerError);
    expect(() => scoreAudit(answers, 'male')).toThrow(
      expect.objectContaining({ code, instrument: 'audit' }) as Error,
    );
  });

  it('refuses an unknown sex', () => {
    expect(() => scoreAudit(new Array<number>(10).fill(0), 'other' as 'male')).toThrow(
      expect.objectContaining({ code: 'invalid-sex' }) as Error,
    );
  });

  it('has a total between 0 and 40 and a zone that matches it', () => {
    fc.assert(
      fc.property(validAnswers(AUDIT), (answers) => {
        const { total, zone } = scoreAudit(answers, 'male');
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(40);
        expect(zone).toBe(auditZone(total));
      }),
    );
  });

  it('is monotonic: choosing a later option never lowers the total or the zone', () => {
    fc.assert(
      fc.property(validAnswers(AUDIT), fc.nat(9), (answers, item) => {
        const options = AUDIT.items[item]?.options.length ?? 0;
        fc.pre((answers[item] ?? 0) < options - 1);
        const raised = answers.map((answer, index) => (index === item ? answer + 1 : answer));
        const before = scoreAudit(answers, 'female');
        const after = scoreAudit(raised, 'female');
        expect(after.total).toBeGreaterThan(before.total);
        expect(after.zone).toBeGreaterThanOrEqual(before.zone);
      }),
    );
  });
});
