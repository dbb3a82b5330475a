import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidDrinkError, InvalidQuantityError } from '../errors.js';
import { createCustomDrink } from './custom.js';

const base = { id: 'own-1', name: 'IPA maison', volumeMl: 330, abvPercent: 6.5 };

describe('createCustomDrink', () => {
  it('derives standard drinks and kcal (grams × 7) when kcal is not given', () => {
    const drink = createCustomDrink(base);
    expect(drink).toMatchObject({ id: 'own-1', category: 'custom', custom: true, priceSource: 'person' });
    expect(drink.label).toEqual({ fr: 'IPA maison', en: 'IPA maison' });
    expect(drink.standardDrinks).toBeCloseTo(1.716, 10);
    expect(drink.kcal).toBeCloseTo(17.16 * 7, 10);
    expect(drink.priceEuros).toBeUndefined();
  });

  it('keeps the kcal and price the person gives', () => {
    const drink = createCustomDrink({ ...base, kcal: 200, priceEuros: 6.5 });
    expect(drink.kcal).toBe(200);
    expect(drink.priceEuros).toBe(6.5);
  });

  it('tidies the name', () => {
    expect(createCustomDrink({ ...base, name: '  Bière   de Noël ' }).label.fr).toBe('Bière de Noël');
  });

  it.each([
    { field: 'volumeMl', value: 0.5, code: 'too-small' },
    { field: 'volumeMl', value: 10_001, code: 'too-large' },
    { field: 'volumeMl', value: Number.NaN, code: 'not-finite' },
    { field: 'abvPercent', value: -1, code: 'negative' },
    { field: 'abvPercent', value: 101, code: 'too-large' },
    { field: 'kcal', value: -5, code: 'negative' },
    { field: 'priceEuros', value: Number.POSITIVE_INFINITY, code: 'not-finite' },
  ])('refuses $field = $value ($code)', ({ field, value, code }) => {
    expect(() => createCustomDrink({ ...base, [field]: value })).toThrow(InvalidQuantityError);
    expect(() => createCustomDrink({ ...base, [field]: value })).toThrow(
      expect.objectContaining({ code, field }) as Error,
    );
  });

  it.each([
    { input: { ...base, name: '   ' }, code: 'empty-name' },
    { input: { ...base, name: 'x'.repeat(61) }, code: 'name-too-long' },
    { input: { ...base, id: '' }, code: 'empty-id' },
  ])('refuses a bad name or id ($code)', ({ input, code }) => {
    expect(() => createCustomDrink(input)).toThrow(InvalidDrinkError);
    expect(() => createCustomDrink(input)).toThrow(expect.objectContaining({ code }) as Error);
  });

  it('accepts any volume from 1 to 10 000 ml and any ABV from 0 to 100 %', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 10_000, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (volumeMl, abvPercent) => {
          const drink = createCustomDrink({ ...base, volumeMl, abvPercent });
          expect(drink.standardDrinks).toBeCloseTo((volumeMl * abvPercent * 0.8) / 1000, 6);
          expect(drink.kcal).toBeCloseTo(drink.standardDrinks * 70, 6);
        },
      ),
    );
  });
});
