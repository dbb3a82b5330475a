import { describe, expect, it } from 'vitest';
import { DRINKS } from './catalogue.js';
import { normalizeForSearch, searchDrinks } from './search.js';

const ids = (query: string, locale: 'fr' | 'en' = 'fr'): string[] =>
  searchDrinks(DRINKS, query, locale).map((drink) => drink.id);

describe('normalizeForSearch', () => {
  it.each([
    ['Rosé', 'rose'],
    ["Verre d'apéritif", 'verre d aperitif'],
    ['  BIÈRE   forte ', 'biere forte'],
    ['Spiritueux\u00a0(3 cl)', 'spiritueux 3 cl'],
  ])('%s → %s', (text, expected) => {
    expect(normalizeForSearch(text)).toBe(expected);
  });
});

describe('searchDrinks', () => {
  it('finds nothing for an empty query', () => {
    expect(ids('   ')).toEqual([]);
  });

  it('ignores accents and case, names starting with the query first', () => {
    const found = ids('BIERE');
    expect(found.length).toBeGreaterThan(3);
    expect(
      found.every((id) =>
        DRINKS.find((drink) => drink.id === id)
          ?.label.fr.toLowerCase()
          .includes('bière'),
      ),
    ).toBe(true);
    expect(DRINKS.find((drink) => drink.id === found[0])?.label.fr.startsWith('Bière')).toBe(true);
  });

  it('needs every word typed', () => {
    expect(ids('bouteille vin')).toEqual(['wine-bottle']);
  });

  it('falls back to the other language', () => {
    expect(ids('wine').length).toBeGreaterThan(0);
    expect(ids('vin', 'en').length).toBeGreaterThan(0);
  });

  it('finds nothing for a word in no name', () => {
    expect(ids('kombucha')).toEqual([]);
  });
});
