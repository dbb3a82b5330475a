// Fixture builder for directory records: `aStructureRecord({ type: 'cjc' })`.
import type { StructureRecord } from '../directory/structure-record.js';

export function aStructureRecord(overrides: Partial<StructureRecord> = {}): StructureRecord {
  return {
    source: 'curated',
    sourceId: 'test-001',
    name: 'CSAPA de test',
    type: 'csapa',
    address: '1 rue de la Paix',
    postalCode: '75002',
    city: 'Paris',
    departement: '75',
    inseeCode: '75102',
    phone: '0140000000',
    website: null,
    email: null,
    publics: ['adults', 'young', 'entourage'],
    openingHours: null,
    status: 'open',
    latitude: 48.8686,
    longitude: 2.3316,
    positionApproximate: false,
    categoryCode: null,
    dataDate: '2026-08-10',
    sourceUrl: null,
    ...overrides,
  };
}
