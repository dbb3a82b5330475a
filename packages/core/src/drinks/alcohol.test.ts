import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidQuantityError } from '../errors.js';
import { standardDrinkCount } from '../units.js';
import { gramsFromStandardDrinks, gramsOfAlcohol, kcalOfAlcohol, standardDrinks } from './alcohol.js';

describe('gramsOfAlcohol and standardDrinks', () => {
  // Worked examples of docs/reference/clinical-sources.md B.6 (grams = ml × ABV / 100 × 0.8; drinks = grams / 10).
  it.each([
    { drink: '25 cl beer 5 %', ml: 250, abv: 5, grams: 10, drinks: 1 },
    { drink: 'UK pint 568 ml 5 %', ml: 568, abv: 5, grams: 22.72, drinks: 2.272 },
    { drink: '44 cl can 8 %', ml: 440, abv: 8, grams: 28.16, drinks: 2.816 },
    { drink: '10 cl wine 12 %', ml: 100, abv: 12, grams: 9.6, drinks: 0.96 },
    { drink: '75 cl bottle 13.5 %', ml: 750, abv: 13.5, grams: 81, drinks: 8.1 },
    { drink: '3 cl whisky 40 %', ml: 30, abv: 40, grams: 9.6, drinks: 0.96 },
    { drink: '2.5 cl pastis 45 %', ml: 25, abv: 45, grams: 9, drinks: 0.9 },
    { drink: '7 cl apéritif 18 %', ml: 70, abv: 18, grams: 10.08, drinks: 1.008 },
    { drink: '50 cl pint 5 %', ml: 500, abv: 5, grams: 20, drinks: 2 },
    { drink: 'alcohol-free beer', ml: 330, abv: 0, grams: 0, drinks: 0 },
    { drink: '1 ml of pure ethanol', ml: 1, abv: 100, grams: 0.8, drinks: 0.08 },
    { drink: '10 L at 100 %', ml: 10_000, abv: 100, grams: 8000, drinks: 800 },
  ])('$drink → $grams g, $drinks standard drinks', ({ ml, abv, grams, drinks }) => {
    expect(gramsOfAlcohol(ml, abv)).toBeCloseTo(grams, 10);
    expect(standardDrinks(ml, abv)).toBeCloseTo(drinks, 10);
  });

  it('keeps full precision (no rounding to 0.1 as Oz Ensemble did)', () => {
    expect(standardDrinks(330, 5)).toBeCloseTo(1.32, 12);
    expect(standardDrinks(70, 18)).not.toBe(1);
  });

  it.each([
    { why: 'NaN volume', ml: Number.NaN, abv: 5, code: 'not-finite', field: 'volumeMl' },
    { why: 'NaN ABV', ml: 250, abv: Number.NaN, code: 'not-finite', field: 'abvPercent' },
    { why: 'infinite volume', ml: Number.POSITIVE_INFINITY, abv: 5, code: 'not-finite', field: 'volumeMl' },
    { why: 'infinite ABV', ml: 250, abv: Number.NEGATIVE_INFINITY, code: 'not-finite', field: 'abvPercent' },
    { why: 'negative volume', ml: -1, abv: 5, code: 'negative', field: 'volumeMl' },
    { why: 'negative ABV', ml: 250, abv: -0.1, code: 'negative', field: 'abvPercent' },
    { why: 'ABV above 100', ml: 250, abv: 100.01, code: 'too-large', field: 'abvPercent' },
    { why: 'volume above 10 000 ml', ml: 10_000.5, abv: 5, code: 'too-large', field: 'volumeMl' },
  ])('throws a RangeError for $why', ({ ml, abv, code, field }) => {
    for (const compute of [gramsOfAlcohol, standardDrinks]) {
      let caught: unknown;
      try {
        compute(ml, abv);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(RangeError);
      expect(caught).toBeInstanceOf(InvalidQuantityError);
      expect(caught).toMatchObject({ code, field });
    }
  });

  it('accepts the bounds themselves (0 ml, 0 %, 100 %, 10 000 ml)', () => {
    expect(standardDrinks(0, 40)).toBe(0);
    expect(standardDrinks(10_000, 0)).toBe(0);
    expect(standardDrinks(10_000, 100)).toBeCloseTo(800, 10);
  });
});

const volume = fc.double({ min: 0, max: 5_000, noNaN: true });
const abv = fc.double({ min: 0, max: 50, noNaN: true });

describe('standard drink properties', () => {
  it('scales linearly with volume', () => {
    fc.assert(
      fc.property(volume, abv, fc.integer({ min: 1, max: 2 }), (ml, percent, factor) => {
        expect(standardDrinks(ml * factor, percent)).toBeCloseTo(factor * standardDrinks(ml, percent), 8);
      }),
    );
  });

  it('scales linearly with ABV', () => {
    fc.assert(
      fc.property(volume, abv, fc.integer({ min: 1, max: 2 }), (ml, percent, factor) => {
        expect(standardDrinks(ml, percent * factor)).toBeCloseTo(factor * standardDrinks(ml, percent), 8);
      }),
    );
  });

  it('is additive in volume: two servings are the sum of each', () => {
    fc.assert(
      fc.property(volume, volume, abv, (a, b, percent) => {
        expect(standardDrinks(a + b, percent)).toBeCloseTo(
          standardDrinks(a, percent) + standardDrinks(b, percent),
          8,
        );
      }),
    );
  });

  it('is never negative and is grams / 10', () => {
    fc.assert(
      fc.property(volume, abv, (ml, percent) => {
        const drinks = standardDrinks(ml, percent);
        expect(drinks).toBeGreaterThanOrEqual(0);
        expect(drinks * 10).toBeCloseTo(gramsOfAlcohol(ml, percent), 8);
      }),
    );
  });
});

describe('conversions', () => {
  it('turns standard drinks back into grams and grams into alcohol kcal (× 7)', () => {
    expect(gramsFromStandardDrinks(standardDrinkCount(2.5))).toBe(25);
    expect(kcalOfAlcohol(gramsOfAlcohol(250, 5))).toBeCloseTo(70, 10);
  });
});
