import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidWellbeingInputError } from './errors.js';
import { WHO5_ANSWERS, WHO5_ITEMS, scoreWho5, who5Band, who5ChangeBand, who5Orientation } from './who5.js';

const answers = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 5, maxLength: 5 });

describe('scoreWho5', () => {
  it.each([
    { answers: [0, 0, 0, 0, 0], raw: 0, percent: 0, band: 'low' },
    { answers: [5, 5, 5, 5, 5], raw: 25, percent: 100, band: 'good' },
    { answers: [2, 1, 2, 1, 1], raw: 7, percent: 28, band: 'low' },
    { answers: [2, 2, 2, 1, 1], raw: 8, percent: 32, band: 'poor' },
    { answers: [3, 3, 2, 2, 2], raw: 12, percent: 48, band: 'poor' },
    { answers: [3, 3, 3, 2, 2], raw: 13, percent: 52, band: 'good' },
  ])('$answers → $raw raw, $percent/100, $band', ({ answers: given, raw, percent, band }) => {
    expect(scoreWho5(given)).toEqual({ raw, percent, band });
  });

  it.each([
    { given: [1, 2, 3, 4], code: 'wrong-count' },
    { given: [1, 2, 3, 4, 5, 0], code: 'wrong-count' },
    { given: [1, 2, 3, 4, 6], code: 'out-of-range' },
    { given: [1, 2, 3, 4, -1], code: 'out-of-range' },
    { given: [1, 2, 3, 4, 2.5], code: 'not-integer' },
    { given: [1, 2, 3, 4, Number.NaN], code: 'not-integer' },
  ])('refuses $given ($code)', ({ given, code }) => {
    expect(() => scoreWho5(given)).toThrow(InvalidWellbeingInputError);
    expect(() => scoreWho5(given)).toThrow(expect.objectContaining({ code }));
  });

  it('stays within 0–100, in steps of 4, and is four times the raw sum', () => {
    fc.assert(
      fc.property(answers, (given) => {
        const score = scoreWho5(given);
        expect(score.percent).toBeGreaterThanOrEqual(0);
        expect(score.percent).toBeLessThanOrEqual(100);
        expect(score.percent % 4).toBe(0);
        expect(score.percent).toBe(4 * given.reduce((sum, value) => sum + value, 0));
      }),
    );
  });

  it('never goes down when an answer goes up', () => {
    fc.assert(
      fc.property(answers, fc.integer({ min: 0, max: 4 }), (given, index) => {
        const value = given[index] ?? 0;
        fc.pre(value < 5);
        const higher = given.map((answer, at) => (at === index ? answer + 1 : answer));
        expect(scoreWho5(higher).percent).toBe(scoreWho5(given).percent + 4);
      }),
    );
  });

  it('has five items and six answers from 5 down to 0', () => {
    expect(WHO5_ITEMS).toHaveLength(5);
    expect(WHO5_ANSWERS.map((answer) => answer.value)).toEqual([5, 4, 3, 2, 1, 0]);
  });
});

describe('who5Band and who5Orientation', () => {
  it.each([
    { percent: 0, band: 'low', orientation: 'see-a-professional' },
    { percent: 28, band: 'low', orientation: 'see-a-professional' },
    { percent: 29, band: 'poor', orientation: 'talk-if-it-lasts' },
    { percent: 50, band: 'poor', orientation: 'talk-if-it-lasts' },
    { percent: 51, band: 'good', orientation: 'none' },
    { percent: 100, band: 'good', orientation: 'none' },
  ])('$percent → $band, $orientation', ({ percent, band, orientation }) => {
    expect(who5Band(percent)).toBe(band);
    expect(who5Orientation(who5Band(percent))).toBe(orientation);
  });

  it.each([-1, 101, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (percent) => {
    expect(() => who5Band(percent)).toThrow(InvalidWellbeingInputError);
  });

  it('a higher score never gets a worse band', () => {
    const rank = { low: 0, poor: 1, good: 2 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank[who5Band(high)]).toBeGreaterThanOrEqual(rank[who5Band(low)]);
      }),
    );
  });
});

describe('who5ChangeBand', () => {
  it.each([
    { before: 40, after: 50, band: 'better' },
    { before: 40, after: 48, band: 'same' },
    { before: 40, after: 40, band: 'same' },
    { before: 40, after: 32, band: 'same' },
    { before: 40, after: 30, band: 'worse' },
    { before: 0, after: 100, band: 'better' },
    { before: 100, after: 0, band: 'worse' },
  ])('$before → $after: $band', ({ before, after, band }) => {
    expect(who5ChangeBand(before, after)).toBe(band);
  });

  it('is antisymmetric', () => {
    const opposite = { better: 'worse', worse: 'better', same: 'same' };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        expect(who5ChangeBand(b, a)).toBe(opposite[who5ChangeBand(a, b)]);
      }),
    );
  });

  it('refuses a score outside 0–100', () => {
    expect(() => who5ChangeBand(-4, 50)).toThrow(expect.objectContaining({ field: 'before' }));
    expect(() => who5ChangeBand(50, 104)).toThrow(expect.objectContaining({ field: 'after' }));
  });
});
