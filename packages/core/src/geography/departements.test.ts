import { describe, expect, it } from 'vitest';
import {
  DEPARTEMENT_NAMES,
  departementOfInseeCode,
  departementOfPostalCode,
  isDepartementCode,
} from './departements.js';

describe('departementOfPostalCode', () => {
  it.each([
    ['75011', '75'],
    ['01000', '01'],
    ['01200', '01'],
    ['31200', '31'],
    ['95000', '95'],
    // Corsica: 20000–20190 Corse-du-Sud, 20200–20620 Haute-Corse.
    ['20000', '2A'],
    ['20090', '2A'],
    ['20167', '2A'],
    ['20190', '2A'],
    ['20200', '2B'],
    ['20218', '2B'],
    ['20600', '2B'],
    ['20620', '2B'],
    // Overseas.
    ['97100', '971'],
    ['97200', '972'],
    ['97300', '973'],
    ['97400', '974'],
    ['97500', '975'],
    ['97600', '976'],
    ['97133', '977'],
    ['97150', '978'],
    ['98600', '986'],
    ['98714', '987'],
    ['98800', '988'],
  ])('%s → %s', (postalCode, departement) => {
    expect(departementOfPostalCode(postalCode)).toBe(departement);
  });

  it.each(['7501', '750011', 'ABCDE', '', '00000', '20700', '96000', '98000', '98400', '99999'])(
    'names no département for %j',
    (postalCode) => {
      expect(departementOfPostalCode(postalCode)).toBeUndefined();
    },
  );
});

describe('departementOfInseeCode', () => {
  it.each([
    ['31555', '31'],
    ['2A004', '2A'],
    ['2B033', '2B'],
    ['97411', '974'],
    ['98818', '988'],
  ])('%s → %s', (inseeCode, departement) => {
    expect(departementOfInseeCode(inseeCode)).toBe(departement);
  });
});

describe('DEPARTEMENT_NAMES', () => {
  it('names 96 metropolitan and 5 overseas départements and 6 overseas collectivities, never « 20 »', () => {
    expect(Object.keys(DEPARTEMENT_NAMES)).toHaveLength(107);
    expect(isDepartementCode('20')).toBe(false);
    expect(DEPARTEMENT_NAMES['2A']).toBe('Corse-du-Sud');
    expect(DEPARTEMENT_NAMES['2B']).toBe('Haute-Corse');
  });

  it('gives every postal-code result a name', () => {
    for (const code of ['20000', '20200', '97133', '97150', '98800']) {
      const departement = departementOfPostalCode(code);
      expect(departement === undefined ? undefined : DEPARTEMENT_NAMES[departement]).toBeDefined();
    }
  });
});
