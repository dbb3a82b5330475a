// Fixture builder for directory entries as the API shows them: `aStructure({ type: 'cjc' })`.
import type { Structure } from '@oz/contracts';

export function aStructure(overrides: Partial<Structure> = {}): Structure {
  return {
    id: 'curated-test-001',
    source: 'curated',
    name: 'CSAPA de test',
    type: 'csapa',
    address: '1 rue de la Paix',
    postalCode: '75002',
    city: 'Paris',
    departement: '75',
    phone: '0140000000',
    website: null,
    email: null,
    publics: ['adults', 'young', 'entourage'],
    openingHours: null,
    latitude: 48.8686,
    longitude: 2.3316,
    positionApproximate: false,
    dataDate: '2026-08-10',
    waitTimeDays: null,
    acceptingNewPeople: null,
    availabilityDeclaredAt: null,
    ...overrides,
  };
}
