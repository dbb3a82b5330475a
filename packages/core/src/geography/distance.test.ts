import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cosOfLatitude,
  displayedKm,
  haversineFromCosines,
  haversineKm,
  kmToMeridianOffset,
} from './distance.js';

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

describe('haversineFromCosines', () => {
  it('gives exactly haversineKm when the cosines are cosOfLatitude of the two latitudes', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const km = haversineFromCosines(
          a.latitude,
          a.longitude,
          cosOfLatitude(a.latitude),
          b.latitude,
          b.longitude,
          cosOfLatitude(b.latitude),
        );
        expect(km).toBe(haversineKm(a, b));
      }),
    );
  });
});

describe('kmToMeridianOffset', () => {
  it('never exceeds the distance to a point at least that many degrees of longitude away', () => {
    fc.assert(
      fc.property(
        point,
        fc.double({ min: 0, max: 89, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: -89, max: 89, noNaN: true }),
        fc.boolean(),
        (from, offset, beyond, latitude, east) => {
          const longitude = from.longitude + (east ? 1 : -1) * (offset + beyond);
          const bound = kmToMeridianOffset(cosOfLatitude(from.latitude), offset);
          expect(bound).toBeLessThanOrEqual(haversineKm(from, { latitude, longitude }) + 1e-9);
        },
      ),
    );
  });

  it('is the distance along the parallel’s great circle to the meridian on the equator', () => {
    expect(kmToMeridianOffset(1, 1)).toBeCloseTo(111.195, 3);
    expect(kmToMeridianOffset(cosOfLatitude(60), 0)).toBe(0);
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
