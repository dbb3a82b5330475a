import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StructureSchema, orientationDistanceKm } from './structures.js';

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
    expect(orientationDistanceKm(2, false)).toBe(12);
    expect(orientationDistanceKm(40, false)).toBe(60);
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

describe('StructureSchema', () => {
  it('requires the declared fields, null when not declared', () => {
    const base = {
      id: 'curated-x',
      source: 'curated',
      name: 'x',
      type: 'csapa',
      address: null,
      postalCode: null,
      city: null,
      departement: null,
      phone: null,
      website: null,
      email: null,
      publics: [],
      openingHours: null,
      latitude: 48,
      longitude: 2,
      positionApproximate: false,
      dataDate: null,
    };
    expect(StructureSchema.safeParse(base).success).toBe(false);
    const declared = { waitTimeDays: null, acceptingNewPeople: null, availabilityDeclaredAt: null };
    expect(StructureSchema.safeParse({ ...base, ...declared }).success).toBe(true);
    expect(StructureSchema.safeParse({ ...base, ...declared, waitTimeDays: -1 }).success).toBe(false);
  });
});
