import { isoDate } from '../calendar/date.js';
import { grams, standardDrinkCount } from '../units.js';
import type { FhirDiaryWeek, FhirExportInput, FhirScreening } from './fhirBundle.js';

/** Deterministic UUIDs for tests: 00000000-0000-4000-8000-000000000001, …002, … */
export function sequentialUuids(): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
  };
}

export function aFhirScreening(overrides: Partial<FhirScreening> = {}): FhirScreening {
  return {
    instrument: 'audit-c',
    version: '1.0.0',
    takenAt: '2026-10-01T18:30:00.000Z',
    answers: [2, 1, 1],
    total: 4,
    levelText: 'Consommation probablement à risque',
    ...overrides,
  };
}

export function aFhirWeek(weekStart: string, drinks: number, filledDays = 7): FhirDiaryWeek {
  return {
    weekStart: isoDate(weekStart),
    standardDrinks: standardDrinkCount(drinks),
    grams: grams(drinks * 10),
    filledDays,
  };
}

export function aFhirExport(overrides: Partial<FhirExportInput> = {}): FhirExportInput {
  return {
    namespace: 'https://oz.example/fhir',
    generatedAt: '2026-11-18T09:00:00.000Z',
    locale: 'fr',
    patientName: null,
    screenings: [aFhirScreening()],
    weeks: [aFhirWeek('2026-11-02', 12.5), aFhirWeek('2026-11-09', 8, 5)],
    ...overrides,
  };
}
