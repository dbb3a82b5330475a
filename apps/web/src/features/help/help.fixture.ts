import type {
  Coverage,
  Place,
  StructureSearchResponse,
  StructureSnapshot,
  StructureWithDistance,
} from '@oz/contracts';

export function aStructure(overrides: Partial<StructureWithDistance> = {}): StructureWithDistance {
  return {
    id: 'finess-310788070',
    source: 'finess',
    name: 'CSAPA ANPAA HAUTE-GARONNE',
    type: 'csapa',
    address: '21 BOULEVARD SILVIO TRENTIN',
    postalCode: '31200',
    city: 'TOULOUSE',
    departement: '31',
    phone: '0561621426',
    website: null,
    email: null,
    publics: ['adults', 'young', 'entourage'],
    openingHours: null,
    latitude: 43.623774,
    longitude: 1.427508,
    positionApproximate: false,
    dataDate: '2026-08-10',
    waitTimeDays: null,
    acceptingNewPeople: null,
    availabilityDeclaredAt: null,
    distanceKm: 2.6,
    ...overrides,
  };
}

export const COVERAGE: Coverage = {
  totalStructures: 2,
  departements: [
    { code: '31', name: 'Haute-Garonne', structures: 1 },
    { code: '75', name: 'Paris', structures: 1 },
  ],
  sources: [
    { source: 'curated', structures: 1, oldestDataDate: '2013-07-01', newestDataDate: '2019-01-01' },
    { source: 'finess', structures: 1, oldestDataDate: '2026-08-10', newestDataDate: '2026-08-10' },
  ],
};

export const TOULOUSE: Place = {
  kind: 'commune',
  label: 'Toulouse (31)',
  query: 'Toulouse (31)',
  postalCode: '31000',
  inseeCode: '31555',
  departement: '31',
  latitude: 43.59638,
  longitude: 1.43167,
};

export function aSearchResponse(
  structures: StructureWithDistance[] = [aStructure()],
): StructureSearchResponse {
  return { place: TOULOUSE, structures, coverage: COVERAGE };
}

export function aSnapshot(): StructureSnapshot {
  const { distanceKm: _distance, ...toulouse } = aStructure();
  const { distanceKm: _other, ...paris } = aStructure({
    id: 'curated-idf-010',
    source: 'curated',
    name: 'CSAPA La Corde Raide',
    postalCode: '75012',
    city: 'Paris',
    departement: '75',
    latitude: 48.8412,
    longitude: 2.3876,
    positionApproximate: true,
  });
  return {
    version: 'v1',
    generatedAt: '2026-11-24T10:00:00.000Z',
    coverage: COVERAGE,
    structures: [toulouse, paris],
  };
}
