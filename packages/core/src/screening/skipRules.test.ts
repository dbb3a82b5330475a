import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIT, scoreAudit } from './audit.js';
import { AUDIT_C } from './auditC.js';
import { FACE } from './face.js';
import type { Questionnaire } from './questionnaire.js';
import { completeAnswers, nextItemIndex } from './questionnaire.js';

/** Walks a questionnaire answering `pick(index)` to each item asked; returns the items asked and the answers. */
function walk(
  questionnaire: Questionnaire,
  pick: (index: number) => number,
): { asked: number[]; answers: number[] } {
  const given = new Map<number, number>();
  const asked: number[] = [];
  let index: number | null = 0;
  while (index !== null) {
    asked.push(index);
    given.set(index, pick(index));
    index = nextItemIndex(questionnaire, completeAnswers(questionnaire, given, index + 1));
  }
  return { asked, answers: completeAnswers(questionnaire, given) };
}

describe('WHO AUDIT skip rules (AUDIT manual 2001, Box 4)', () => {
  it.each([
    { case: 'never drinks → items 1, 9, 10', first: [0], asked: [0, 8, 9] },
    { case: '1–2 drinks, never 6+ → items 1–3, 9, 10', first: [2, 0, 0], asked: [0, 1, 2, 8, 9] },
    { case: 'drinks 6+ sometimes → all items', first: [2, 0, 1], asked: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
  ])('$case', ({ first, asked }) => {
    const result = walk(AUDIT, (index) => first[index] ?? 0);
    expect(result.asked).toEqual(asked);
    expect(result.answers).toHaveLength(10);
  });

  it('AUDIT-C ends after item 1 "never"; FACE has no skip', () => {
    expect(walk(AUDIT_C, () => 0).asked).toEqual([0]);
    expect(walk(AUDIT_C, () => 1).asked).toEqual([0, 1, 2]);
    expect(walk(FACE, () => 0).asked).toEqual([0, 1, 2, 3, 4]);
  });

  it('skipped items score 0, so the total only counts the items asked', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 10, maxLength: 10 }), (picks) => {
        const pick = (index: number): number =>
          Math.min(picks[index] ?? 0, (AUDIT.items[index]?.options.length ?? 1) - 1);
        const { asked, answers } = walk(AUDIT, pick);
        const result = scoreAudit(answers, 'male');
        const skipped = AUDIT.items.map((_, index) => index).filter((index) => !asked.includes(index));
        for (const index of skipped) expect(result.itemPoints[index]).toBe(0);
        expect(asked).toContain(8);
        expect(asked).toContain(9);
      }),
    );
  });
});
