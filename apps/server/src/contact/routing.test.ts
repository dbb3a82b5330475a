import { describe, expect, it } from 'vitest';
import { shippedPlaces } from '../test-support/places.js';
import { departementOf, departementOfPostalCode } from './routing.js';

describe('departementOfPostalCode', () => {
  it.each([
    ['75011', '75'],
    ['01000', '01'],
    ['20000', '2A'],
    ['20200', '2B'],
    ['97400', '974'],
  ])('%s → %s', (postalCode, departement) => {
    expect(departementOfPostalCode(postalCode)).toBe(departement);
  });

  it('refuses what is not a postal code', () => {
    expect(departementOfPostalCode('7501')).toBeUndefined();
    expect(departementOfPostalCode('00000')).toBeUndefined();
  });
});

describe('departementOf', () => {
  it('uses the shipped places index', () => {
    const places = shippedPlaces();
    expect(departementOf('69001', (query) => places.resolve(query))).toBe('69');
    expect(departementOf('20090', (query) => places.resolve(query))).toBe('2A');
  });

  it('falls back to the numbering rule for unknown codes', () => {
    expect(departementOf('93999', () => ({ kind: 'not_found' }))).toBe('93');
  });
});
