import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayedKm, haversineKm } from './distance.js';

const point = fc.record({
  latitude: fc.double({ min: -89, max: 89, noNaN: true }),
  longitude: fc.double({ min: -179, max: 179, noNaN: true }),
});

describe('haversineKm', () => {
  it('measures Paris (Notre-Dame) to Toulouse (Capitole) as about 588 km', () => {
    const km = haversineKm({ latitude: 48.853, longitude: 2.3499 }, { latitude: 43.6045, longitude: 1.444 });
    expect(km).toBeGreaterThan(580);
    expect(km).toBeLessThan(595);
  });

  it('is symmetric, non-negative and zero on the same point', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
        expect(haversineKm(a, b)).toBeGreaterThanOrEqual(0);
        expect(haversineKm(a, a)).toBe(0);
      }),
    );
  });
});

describe('displayedKm', () => {
  it.each([
    [0, 0],
    [1.04, 1],
    [1.05, 1.1],
    [12.349, 12.3],
  ])('%s km shows as %s km', (km, shown) => {
    expect(displayedKm(km)).toBe(shown);
  });
});
