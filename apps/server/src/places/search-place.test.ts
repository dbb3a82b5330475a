import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedPlaces } from '../test-support/places.js';
import { placeJson, searchPlaceOf } from './search-place.js';

const places = shippedPlaces();

describe('placeJson', () => {
  it('writes a position exactly as JSON.stringify does', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        (lat, lon) => {
          const place = searchPlaceOf(places, { lat, lon, limit: 20 });
          expect(placeJson(place)).toBe(JSON.stringify(place));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves every other place to JSON.stringify', () => {
    for (const near of ['75011', 'Sainte-Colombe (05)', 'Lyon']) {
      const place = searchPlaceOf(places, { near, limit: 20 });
      expect(placeJson(place)).toBe(JSON.stringify(place));
    }
    const labelled = { kind: 'coordinates' as const, label: 'Chez moi', latitude: 48.8, longitude: 2.3 };
    expect(placeJson(labelled)).toBe(JSON.stringify(labelled));
  });
});
