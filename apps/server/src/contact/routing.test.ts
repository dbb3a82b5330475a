import { describe, expect, it } from 'vitest';
import { shippedPlaces } from '../test-support/places.js';
import { departementOf } from './routing.js';

describe('departementOf', () => {
  it('uses the shipped places index', () => {
    const places = shippedPlaces();
    expect(departementOf('69001', (query) => places.resolve(query))).toBe('69');
    expect(departementOf('20090', (query) => places.resolve(query))).toBe('2A');
  });

  it('falls back to the numbering rule for unknown codes, Corsica and overseas included', () => {
    expect(departementOf('93999', () => ({ kind: 'not_found' }))).toBe('93');
    expect(departementOf('20199', () => ({ kind: 'not_found' }))).toBe('2A');
    expect(departementOf('20290', () => ({ kind: 'not_found' }))).toBe('2B');
    expect(departementOf('97133', () => ({ kind: 'not_found' }))).toBe('977');
  });

  it('prefers the commune the index knows when a code crosses a border', () => {
    const places = shippedPlaces();
    expect(departementOf('94390', (query) => places.resolve(query))).toBe('91');
  });
});
