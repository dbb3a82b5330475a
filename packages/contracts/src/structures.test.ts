import { describe, expect, it } from 'vitest';
import { StructureSchema } from './structures.js';

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
