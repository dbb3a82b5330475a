import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIT, AUDIT_C, FACE } from '../index.js';
import { answersWithPoints } from '../screening/screening.fixture.js';
import { grams, standardDrinkCount } from '../units.js';
import { buildFhirBundle } from './fhirBundle.js';
import { aFhirExport, aFhirScreening, aFhirWeek, sequentialUuids } from './fhir.fixture.js';
import type { FhirObservation, FhirQuestionnaireResponse, FhirResource } from './fhirTypes.js';

function resourcesOf<T extends FhirResource['resourceType']>(
  bundle: ReturnType<typeof buildFhirBundle>,
  type: T,
): Extract<FhirResource, { resourceType: T }>[] {
  return bundle.entry
    .map((entry) => entry.resource)
    .filter(
      (resource): resource is Extract<FhirResource, { resourceType: T }> => resource.resourceType === type,
    );
}

describe('the FHIR R4 export bundle', () => {
  it('is a collection whose entries have unique urn:uuid full URLs and reference each other', () => {
    const bundle = buildFhirBundle(aFhirExport(), sequentialUuids());
    expect(bundle).toMatchObject({
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: '2026-11-18T09:00:00.000Z',
    });
    const urls = bundle.entry.map((entry) => entry.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.every((url) => /^urn:uuid:[0-9a-f-]{36}$/.test(url))).toBe(true);
    const references = JSON.stringify(bundle).match(/"reference":"([^"]+)"/g) ?? [];
    for (const reference of references) {
      expect(urls).toContain(reference.slice('"reference":"'.length, -1));
    }
  });

  it('references the person without identity unless they typed a name', () => {
    const anonymous = resourcesOf(buildFhirBundle(aFhirExport(), sequentialUuids()), 'Patient');
    expect(anonymous).toEqual([{ resourceType: 'Patient' }]);
    const named = resourcesOf(
      buildFhirBundle(aFhirExport({ patientName: '  Camille D.  ' }), sequentialUuids()),
      'Patient',
    );
    expect(named).toEqual([{ resourceType: 'Patient', name: [{ text: 'Camille D.' }] }]);
    const blank = resourcesOf(
      buildFhirBundle(aFhirExport({ patientName: '   ' }), sequentialUuids()),
      'Patient',
    );
    expect(blank).toEqual([{ resourceType: 'Patient' }]);
  });

  it.each([
    { instrument: 'audit-c', questionnaire: AUDIT_C, points: [2, 1, 1], total: 4, loinc: '75626-2' },
    {
      instrument: 'audit',
      questionnaire: AUDIT,
      points: [3, 2, 2, 1, 0, 0, 1, 0, 0, 2],
      total: 11,
      loinc: '75624-7',
    },
    { instrument: 'face', questionnaire: FACE, points: [2, 1, 0, 0, 4], total: 7, loinc: null },
  ] as const)('codes a $instrument result: QuestionnaireResponse + total Observation', (row) => {
    const answers = answersWithPoints(row.questionnaire, row.points);
    const bundle = buildFhirBundle(
      aFhirExport({
        screenings: [aFhirScreening({ instrument: row.instrument, answers, total: row.total })],
        weeks: [],
      }),
      sequentialUuids(),
    );
    const [response] = resourcesOf(bundle, 'QuestionnaireResponse') as FhirQuestionnaireResponse[];
    expect(response?.item.map((item) => item.linkId)).toEqual(row.questionnaire.items.map((item) => item.id));
    const scores = response?.item.map((item) => item.answer[0]?.valueCoding.extension?.[0]?.valueDecimal);
    expect(scores).toEqual(row.points);
    expect(response?.questionnaire).toBe(`https://oz.example/fhir/Questionnaire/${row.instrument}|1.0.0`);

    const [observation] = resourcesOf(bundle, 'Observation') as FhirObservation[];
    expect(observation?.valueInteger).toBe(row.total);
    expect(observation?.category[0]?.coding?.[0]?.code).toBe('survey');
    const loinc = observation?.code.coding?.find((coding) => coding.system === 'http://loinc.org');
    expect(loinc?.code ?? null).toBe(row.loinc);
    expect(observation?.code.coding?.some((coding) => coding.code === `${row.instrument}-total`)).toBe(true);
    expect(observation?.derivedFrom?.[0]?.reference).toBe(bundle.entry[1]?.fullUrl);
    expect(observation?.interpretation?.[0]?.text).toBe('Consommation probablement à risque');
  });

  it('writes French no-break spaces as plain spaces (FHIR string pattern)', () => {
    const screening = aFhirScreening({ levelText: 'Risque\u00a0: faible\u202f!' });
    const bundle = buildFhirBundle(aFhirExport({ screenings: [screening], weeks: [] }), sequentialUuids());
    const text = JSON.stringify(bundle);
    expect(text).not.toMatch(/[\u00a0\u202f]/);
    expect(text).toContain('Risque : faible !');
  });

  it('keeps a result imported without answers nor score, saying why the value is absent', () => {
    const imported = aFhirScreening({
      answers: [],
      total: null,
      version: 'oz-ensemble',
      levelText: 'À risque',
    });
    const bundle = buildFhirBundle(aFhirExport({ screenings: [imported], weeks: [] }), sequentialUuids());
    expect(resourcesOf(bundle, 'QuestionnaireResponse')).toEqual([]);
    const [observation] = resourcesOf(bundle, 'Observation');
    expect(observation?.valueInteger).toBeUndefined();
    expect(observation?.dataAbsentReason?.coding?.[0]?.code).toBe('unknown');
    expect(observation?.derivedFrom).toBeUndefined();
  });

  it('writes each week as grams of pure alcohol in UCUM g/wk over its Monday–Sunday period', () => {
    const bundle = buildFhirBundle(aFhirExport({ screenings: [] }), sequentialUuids());
    const weeks = resourcesOf(bundle, 'Observation');
    expect(weeks.map((week) => week.effectivePeriod)).toEqual([
      { start: '2026-11-02', end: '2026-11-08' },
      { start: '2026-11-09', end: '2026-11-15' },
    ]);
    expect(weeks[0]?.valueQuantity).toEqual({
      value: 125,
      unit: 'g/wk',
      system: 'http://unitsofmeasure.org',
      code: 'g/wk',
    });
    expect(weeks[0]?.component?.[0]?.valueQuantity.value).toBe(12.5);
    expect(weeks[0]?.note).toBeUndefined();
    expect(weeks[1]?.note?.[0]?.text).toMatch(/^5\/7 days filled in/);
    expect(weeks.every((week) => week.category[0]?.coding?.[0]?.code === 'social-history')).toBe(true);
  });

  it('orders screenings and weeks by date, whatever order they come in', () => {
    const input = aFhirExport({
      screenings: [
        aFhirScreening({ takenAt: '2026-11-01T10:00:00Z' }),
        aFhirScreening({ takenAt: '2026-09-01T10:00:00Z' }),
      ],
      weeks: [aFhirWeek('2026-11-09', 1), aFhirWeek('2026-11-02', 2)],
    });
    const bundle = buildFhirBundle(input, sequentialUuids());
    const observations = resourcesOf(bundle, 'Observation');
    const dates = observations.map((o) => o.effectiveDateTime ?? o.effectivePeriod?.start);
    expect(dates).toEqual(['2026-09-01T10:00:00Z', '2026-11-01T10:00:00Z', '2026-11-02', '2026-11-09']);
  });

  it('refuses a week whose grams and standard drinks disagree, or with more than 7 filled days', () => {
    const wrongGrams = { ...aFhirWeek('2026-11-02', 2), grams: grams(25) };
    expect(() => buildFhirBundle(aFhirExport({ weeks: [wrongGrams] }), sequentialUuids())).toThrow(
      RangeError,
    );
    expect(() =>
      buildFhirBundle(aFhirExport({ weeks: [aFhirWeek('2026-11-02', 2, 8)] }), sequentialUuids()),
    ).toThrow(/filledDays/);
  });

  it('rounds grams to one decimal, never further than 0.05 g from the diary', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 500, noNaN: true }), (drinks) => {
        const week = {
          ...aFhirWeek('2026-11-02', 0),
          standardDrinks: standardDrinkCount(drinks),
          grams: grams(drinks * 10),
        };
        const bundle = buildFhirBundle(aFhirExport({ screenings: [], weeks: [week] }), sequentialUuids());
        const value = resourcesOf(bundle, 'Observation')[0]?.valueQuantity?.value ?? Number.NaN;
        expect(Math.abs(value - drinks * 10)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });
});
