import { describe, expect, it } from 'vitest';
import { createCustomDrink } from '../drinks/custom.js';
import { InvalidDateError, InvalidQuantityError, InvalidTimeError } from '../errors.js';
import { createDiaryEntry } from './entry.js';
import { aDiaryEntry, catalogueDrink } from './diary.fixture.js';

describe('createDiaryEntry', () => {
  it('copies the serving and multiplies by the quantity', () => {
    const entry = aDiaryEntry({
      id: 'e1',
      date: '2026-03-29',
      drinkId: 'beer-pint',
      quantity: 2,
      time: '21:15',
    });
    expect(entry).toMatchObject({
      id: 'e1',
      date: '2026-03-29',
      drinkId: 'beer-pint',
      label: { fr: 'Pinte de bière (50\u00a0cl, 5\u00a0%)', en: 'Pint of beer (50 cl, 5%)' },
      volumeMl: 500,
      abvPercent: 5,
      quantity: 2,
      standardDrinks: 4,
      kcal: 280,
      priceEuros: 14,
      time: '21:15',
    });
  });

  it('allows fractions of a serving (half a bottle)', () => {
    expect(aDiaryEntry({ drinkId: 'wine-bottle', quantity: 0.5 }).standardDrinks).toBeCloseTo(3.75, 10);
  });

  it('has no price when the custom drink has none', () => {
    const drink = createCustomDrink({ id: 'c1', name: 'Cidre fermier', volumeMl: 330, abvPercent: 4 });
    const entry = createDiaryEntry({ id: 'e2', date: '2026-01-01', drink, quantity: 1 });
    expect(entry.priceEuros).toBeUndefined();
    expect('priceEuros' in entry).toBe(false);
    expect(entry.kcal).toBeCloseTo(73.92, 10);
  });

  it.each([
    { quantity: 0, code: 'too-small' },
    { quantity: -1, code: 'negative' },
    { quantity: 101, code: 'too-large' },
    { quantity: Number.NaN, code: 'not-finite' },
  ])('refuses a quantity of $quantity ($code)', ({ quantity, code }) => {
    const make = (): unknown =>
      createDiaryEntry({ id: 'x', date: '2026-01-01', drink: catalogueDrink('beer-half'), quantity });
    expect(make).toThrow(InvalidQuantityError);
    expect(make).toThrow(expect.objectContaining({ code, field: 'quantity' }) as Error);
  });

  it('refuses an invalid date or time', () => {
    const drink = catalogueDrink('beer-half');
    expect(() => createDiaryEntry({ id: 'x', date: '2026-02-30', drink, quantity: 1 })).toThrow(
      InvalidDateError,
    );
    expect(() =>
      createDiaryEntry({ id: 'x', date: '2026-02-03', drink, quantity: 1, time: '24:00' }),
    ).toThrow(InvalidTimeError);
    expect(() => createDiaryEntry({ id: 'x', date: '2026-02-03', drink, quantity: 1, time: '9:00' })).toThrow(
      RangeError,
    );
  });
});
