import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grams, standardDrinkCount, sumOf } from './units.js';

describe('sumOf', () => {
  it('adds values of the same unit', () => {
    expect(sumOf([standardDrinkCount(1), standardDrinkCount(2.5)])).toBe(3.5);
  });

  it('is the plain sum for any list', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true })), (values) => {
        const expected = values.reduce((a, b) => a + b, 0);
        expect(sumOf(values.map(grams))).toBeCloseTo(expected, 6);
      }),
    );
  });
});
