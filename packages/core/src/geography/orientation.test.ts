import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareForOrientation, orientationDistanceKm, type OrientationCandidate } from './orientation.js';

const distance = fc.double({ min: 0, max: 2000, noNaN: true });

describe('orientationDistanceKm', () => {
  it('keeps the real distance for accepting structures and those that declared nothing', () => {
    fc.assert(
      fc.property(distance, (km) => {
        expect(orientationDistanceKm(km, true)).toBe(km);
        expect(orientationDistanceKm(km, null)).toBe(km);
      }),
    );
  });

  it('ranks a structure taking no new people at least 10 km and 50 % farther', () => {
    fc.assert(
      fc.property(distance, (km) => {
        const ranked = orientationDistanceKm(km, false);
        expect(ranked).toBeGreaterThanOrEqual(km + 10);
        expect(ranked).toBeGreaterThanOrEqual(km * 1.5);
      }),
    );
  });

  it.each([
    [2, 12],
    [20, 30],
    [40, 60],
  ])('ranks a full place %s km away as if %s km away', (km, ranked) => {
    expect(orientationDistanceKm(km, false)).toBe(ranked);
  });

  it('keeps the order among structures taking no new people (monotonic)', () => {
    fc.assert(
      fc.property(distance, distance, (a, b) => {
        fc.pre(a <= b);
        expect(orientationDistanceKm(a, false)).toBeLessThanOrEqual(orientationDistanceKm(b, false));
      }),
    );
  });
});

describe('compareForOrientation', () => {
  const place = (
    id: string,
    distanceKm: number,
    acceptingNewPeople: boolean | null,
  ): OrientationCandidate => ({
    id,
    distanceKm,
    acceptingNewPeople,
  });

  it('puts an open place 8 km away before a full one 2 km away, but not one 30 km away', () => {
    const sorted = [place('full', 2, false), place('open-far', 30, true), place('open', 8, null)].sort(
      compareForOrientation,
    );
    expect(sorted.map((candidate) => candidate.id)).toEqual(['open', 'full', 'open-far']);
  });

  it('breaks ties by real distance, then by id', () => {
    const sorted = [place('b', 5, true), place('a', 5, true), place('c', 4, true)].sort(
      compareForOrientation,
    );
    expect(sorted.map((candidate) => candidate.id)).toEqual(['c', 'a', 'b']);
  });
});
