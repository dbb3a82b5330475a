import fc from 'fast-check';
import type { Questionnaire } from './questionnaire.js';

/** Answers (0-based option indices) that give exactly `points` on each item, for items with 0–4 scales. */
export function answersWithPoints(questionnaire: Questionnaire, points: readonly number[]): number[] {
  return questionnaire.items.map((item, index) => {
    const wanted = points[index] ?? 0;
    const option = item.options.findIndex((candidate) => candidate.points === wanted);
    if (option < 0) throw new Error(`Item ${String(item.number)} has no option worth ${String(wanted)}`);
    return option;
  });
}

/** Any valid answer vector for a questionnaire. */
export function validAnswers(questionnaire: Questionnaire): fc.Arbitrary<number[]> {
  return fc.tuple(...questionnaire.items.map((item) => fc.integer({ min: 0, max: item.options.length - 1 })));
}
