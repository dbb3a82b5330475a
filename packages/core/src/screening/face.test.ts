import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScreeningAnswerError } from '../errors.js';
import type { FaceLevel } from './face.js';
import { FACE, faceLevel, scoreFace } from './face.js';
import type { Sex } from './questionnaire.js';
import { maxTotal } from './questionnaire.js';
import { validAnswers } from './screening.fixture.js';

describe('FACE data', () => {
  it('has Q1–Q2 worth 0–4 and Q3–Q5 worth 0 or 4, total 0–20', () => {
    expect(FACE.items.map((item) => item.options.map((option) => option.points))).toEqual([
      [0, 1, 2, 3, 4],
      [0, 1, 2, 3, 4],
      [0, 4],
      [0, 4],
      [0, 4],
    ]);
    expect(maxTotal(FACE)).toBe(20);
  });
});

describe('scoreFace', () => {
  // Men < 5 low, 5–8 excessive; women/unspecified < 4 low, 4–8 excessive; > 8 dependence (Arfaoui 2004).
  const table: [number[], Sex, number, FaceLevel][] = [
    [[0, 0, 0, 0, 0], 'male', 0, 'low'],
    [[4, 0, 0, 0, 0], 'male', 4, 'low'],
    [[4, 1, 0, 0, 0], 'male', 5, 'excessive'],
    [[4, 4, 0, 0, 0], 'male', 8, 'excessive'],
    [[1, 0, 1, 1, 0], 'male', 9, 'dependence'],
    [[3, 0, 0, 0, 0], 'female', 3, 'low'],
    [[4, 0, 0, 0, 0], 'female', 4, 'excessive'],
    [[0, 0, 1, 1, 0], 'female', 8, 'excessive'],
    [[1, 0, 1, 1, 0], 'female', 9, 'dependence'],
    [[3, 0, 0, 0, 0], 'unspecified', 3, 'low'],
    [[4, 0, 0, 0, 0], 'unspecified', 4, 'excessive'],
    [[4, 4, 1, 1, 1], 'unspecified', 20, 'dependence'],
  ];
  it.each(table)('%j as %s → total %i, %s', (answers, sex, total, level) => {
    const result = scoreFace(answers, sex);
    expect(result.total).toBe(total);
    expect(result.level).toBe(level);
    expect(result).toMatchObject({ instrument: 'face', version: FACE.version, sex, answers });
  });

  it('flags morning drinking (Q4) whatever the total', () => {
    expect(scoreFace([0, 0, 0, 1, 0], 'male')).toMatchObject({
      total: 4,
      level: 'low',
      morningDrinking: true,
    });
    expect(scoreFace([4, 4, 1, 0, 1], 'male').morningDrinking).toBe(false);
  });

  it.each([
    { answers: [0, 0, 0, 0], code: 'wrong-answer-count' },
    { answers: [0, 0, 2, 0, 0], code: 'answer-out-of-range' },
    { answers: [0, 0, 0, 0, 4], code: 'answer-out-of-range' },
  ])('throws a typed error ($code)', ({ answers, code }) => {
    expect(() => scoreFace(answers, 'male')).toThrow(ScreeningAnswerError);
    expect(() => scoreFace(answers, 'male')).toThrow(
      expect.objectContaining({ code, instrument: 'face' }) as Error,
    );
  });

  it('is monotonic in answers and never rates unspecified below either sex', () => {
    const rank: Record<FaceLevel, number> = { low: 0, excessive: 1, dependence: 2 };
    fc.assert(
      fc.property(validAnswers(FACE), fc.nat(4), (answers, item) => {
        const options = FACE.items[item]?.options.length ?? 0;
        fc.pre((answers[item] ?? 0) < options - 1);
        const raised = answers.map((answer, index) => (index === item ? answer + 1 : answer));
        for (const sex of ['male', 'female', 'unspecified'] as const) {
          const before = scoreFace(answers, sex);
          const after = scoreFace(raised, sex);
          expect(after.total).toBeGreaterThan(before.total);
          expect(rank[after.level]).toBeGreaterThanOrEqual(rank[before.level]);
        }
        const total = scoreFace(answers, 'male').total;
        expect(rank[faceLevel(total, 'unspecified')]).toBeGreaterThanOrEqual(rank[faceLevel(total, 'male')]);
      }),
    );
  });
});
