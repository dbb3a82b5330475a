import { describe, expect, it } from 'vitest';
import { gramsOfAlcohol, standardDrinks } from './alcohol.js';
import { DRINKS, findDrink, findDrinkByLegacyKey } from './catalogue.js';
import { createCustomDrink } from './custom.js';
import { DRINK_CATEGORIES } from './drink.js';

describe('DRINKS catalogue', () => {
  it('has unique ids and every field filled in both languages', () => {
    expect(new Set(DRINKS.map((drink) => drink.id)).size).toBe(DRINKS.length);
    for (const drink of DRINKS) {
      expect(drink.id).toMatch(/^[a-z0-9-]+$/);
      expect(DRINK_CATEGORIES).toContain(drink.category);
      expect(drink.category).not.toBe('custom');
      expect(drink.custom).toBe(false);
      expect(drink.label.fr.trim()).not.toBe('');
      expect(drink.label.en.trim()).not.toBe('');
      expect(drink.volumeMl).toBeGreaterThan(0);
      expect(drink.kcal).toBeGreaterThanOrEqual(0);
      expect(drink.priceEuros).toBeGreaterThan(0);
    }
  });

  it('derives every standard-drink count from volume and ABV', () => {
    for (const drink of DRINKS) {
      expect(drink.standardDrinks).toBeCloseTo(standardDrinks(drink.volumeMl, drink.abvPercent), 12);
    }
  });

  it('gives plain drinks their alcohol-only energy, grams × 7 (Oz Ensemble convention)', () => {
    const plain = DRINKS.filter(
      (drink) => drink.category !== 'cocktail' && drink.id !== 'spirits-long-drink',
    );
    for (const drink of plain) {
      expect(drink.kcal).toBeCloseTo(gramsOfAlcohol(drink.volumeMl, drink.abvPercent) * 7, 10);
    }
  });

  // The French servings issue 2 asks for, with their expected standard drinks.
  it.each([
    { id: 'beer-half', ml: 250, abv: 5, drinks: 1 },
    { id: 'beer-pint', ml: 500, abv: 5, drinks: 2 },
    { id: 'beer-can', ml: 330, abv: 5, drinks: 1.32 },
    { id: 'strong-beer-can', ml: 500, abv: 8, drinks: 3.2 },
    { id: 'cider-half', ml: 250, abv: 5, drinks: 1 },
    { id: 'wine-glass', ml: 100, abv: 12.5, drinks: 1 },
    { id: 'wine-glass-large', ml: 120, abv: 12, drinks: 1.152 },
    { id: 'wine-bottle', ml: 750, abv: 12.5, drinks: 7.5 },
    { id: 'champagne-glass', ml: 100, abv: 12.5, drinks: 1 },
    { id: 'champagne-bottle', ml: 750, abv: 12.5, drinks: 7.5 },
    { id: 'aperitif-glass', ml: 70, abv: 18, drinks: 1.008 },
    { id: 'spirits-shot', ml: 30, abv: 40, drinks: 0.96 },
    { id: 'spirits-glass', ml: 40, abv: 40, drinks: 1.28 },
    { id: 'gin-tonic', ml: 50, abv: 40, drinks: 1.6 },
    { id: 'beer-alcohol-free', ml: 330, abv: 0, drinks: 0 },
    { id: 'beer-low-alcohol', ml: 330, abv: 0.5, drinks: 0.132 },
  ])('$id is $ml ml at $abv % = $drinks standard drinks', ({ id, ml, abv, drinks }) => {
    const drink = findDrink(id);
    expect(drink).toMatchObject({ volumeMl: ml, abvPercent: abv });
    expect(drink?.standardDrinks).toBeCloseTo(drinks, 10);
  });

  // Oz Ensemble doses (docs/reference/oz-ensemble-formats.md §2.1–2.2, 0.1 precision): legacy keys must map to the same serving.
  it.each([
    ['beer-half', 1],
    ['beer-pint', 2],
    ['cider-half', 1],
    ['cider-pint', 2],
    ['wine-glass', 1],
    ['wine-bottle', 7.5],
    ['champagne-glass', 1],
    ['champagne-bottle', 7.5],
    ['aperitive-glass', 1],
    ['aperitive-bottle', 10.8],
    ['hard-shot', 1],
    ['hard-cocktail', 1.6],
    ['hard-flasque', 6.4],
    ['whisky-cola', 1.6],
    ['spritz', 0.9],
    ['tequila-sunrise', 1.1],
    ['daiquiri', 1.6],
  ])('Oz Ensemble %s maps to a serving of %f standard drinks', (legacyKey, doses) => {
    const drink = findDrinkByLegacyKey(legacyKey);
    expect(drink).toBeDefined();
    expect(Math.abs((drink?.standardDrinks ?? 0) - doses)).toBeLessThanOrEqual(0.05);
  });

  it('finds nothing for an unknown id or legacy key', () => {
    expect(findDrink('unknown')).toBeUndefined();
    expect(findDrinkByLegacyKey('no-conso')).toBeUndefined();
  });

  it("lets a person's custom drink win over a catalogue drink with the same id", () => {
    const own = createCustomDrink({ id: 'beer-half', name: 'My demi', volumeMl: 250, abvPercent: 6 });
    expect(findDrink('beer-half', [own])).toBe(own);
    expect(findDrink('wine-glass', [own])?.custom).toBe(false);
  });

  it('cannot be modified at run time', () => {
    expect(Object.isFrozen(DRINKS)).toBe(true);
  });
});
