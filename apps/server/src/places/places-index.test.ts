import { describe, expect, it } from 'vitest';
import { shippedPlaces } from '../test-support/places.js';

const places = shippedPlaces();

describe('PlacesIndex.resolve', () => {
  it('resolves a postal code of one commune to that commune', () => {
    expect(places.resolve('75011')).toEqual({
      kind: 'found',
      place: expect.objectContaining({
        kind: 'postal_code',
        postalCode: '75011',
        inseeCode: '75111',
        departement: '75',
      }),
    });
  });

  it('resolves a postal code covering several communes to their mean point, or to one when named', () => {
    const shared = places.resolve('01090');
    expect(shared.kind).toBe('found');
    if (shared.kind !== 'found') return;
    expect(shared.place.inseeCode).toBeUndefined();
    expect(shared.place.label.startsWith('01090 ')).toBe(true);
    const named = places.resolve('01090 Genouilleux');
    expect(named).toMatchObject({ kind: 'found', place: { inseeCode: '01169' } });
  });

  it('resolves a commune name whatever the accents, case and ST abbreviation', () => {
    for (const query of ['Saint-Gaudens', 'ST GAUDENS', 'saint gaudens']) {
      expect(places.resolve(query)).toMatchObject({
        kind: 'found',
        place: { inseeCode: '31483', departement: '31' },
      });
    }
  });

  it('answers homonyms with candidates showing the département, biggest first, each resolvable', () => {
    const result = places.resolve('Sainte-Colombe');
    expect(result.kind).toBe('ambiguous');
    if (result.kind !== 'ambiguous') return;
    expect(result.candidates.length).toBeGreaterThanOrEqual(10);
    expect(result.candidates.every((candidate) => /\(\w{2,3}\)$/.test(candidate.label))).toBe(true);
    for (const candidate of result.candidates) {
      expect(places.resolve(candidate.query ?? '')).toMatchObject({
        kind: 'found',
        place: { inseeCode: candidate.inseeCode },
      });
    }
  });

  it('prefers the current commune over a former one of the same name', () => {
    expect(places.resolve('Paris')).toMatchObject({ kind: 'found', place: { inseeCode: '75056' } });
  });

  it('says not found for an unknown name or postal code', () => {
    expect(places.resolve('Nowhere-sur-Rien')).toEqual({ kind: 'not_found' });
    expect(places.resolve('00000')).toEqual({ kind: 'not_found' });
  });
});

describe('PlacesIndex.suggest', () => {
  it('completes a postal-code prefix', () => {
    const suggestions = places.suggest('3120', 5);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((place) => place.postalCode?.startsWith('3120'))).toBe(true);
  });

  it('completes a name prefix, biggest communes first', () => {
    expect(places.suggest('toul', 3).map((place) => place.label)).toEqual([
      'Toulouse (31)',
      'Toulon (83)',
      'Toul (54)',
    ]);
  });

  it('returns nothing for punctuation only', () => {
    expect(places.suggest('--', 5)).toEqual([]);
  });
});
