import type { InstrumentId } from '../screening/questionnaire.js';
import type { FhirCodeableConcept, FhirCoding } from './fhirTypes.js';

/*
 * Codes of the FHIR export (issue 11). LOINC totals (docs/reference/clinical-sources.md B.9, docs/clinical-rules.md "FHIR export"):
 * AUDIT-C total 75626-2 « Total score [AUDIT-C] » and AUDIT total 75624-7 « Total score [AUDIT] » — LOINC display
 * names, as used by the US Core AUDIT-C artefacts (https://hl7.org/fhir/us/core/Questionnaire-AUDIT-C.html) and
 * several public FHIR implementations. FACE is a French instrument without a LOINC code: it is coded in Oz's own
 * code system (below) with a full text, so a receiving system can still display it.
 */
export const LOINC_SYSTEM = 'http://loinc.org';
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';
export const OBSERVATION_CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const DATA_ABSENT_REASON_SYSTEM = 'http://terminology.hl7.org/CodeSystem/data-absent-reason';
/** R4 core extension carrying the score of a chosen answer (https://hl7.org/fhir/R4/extension-ordinalvalue.html). */
export const ORDINAL_VALUE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

export const LOINC_AUDIT_C_TOTAL = '75626-2';
export const LOINC_AUDIT_TOTAL = '75624-7';

/** Oz's code systems and questionnaires live under the deployment's own address (`namespace`, e.g. https://oz.example/fhir). */
export function ozCodeSystem(namespace: string, name: 'screening' | 'diary' | 'answers'): string {
  return `${namespace}/CodeSystem/oz-${name}`;
}

export function ozQuestionnaire(namespace: string, instrument: InstrumentId, version: string): string {
  return `${namespace}/Questionnaire/${instrument}|${version}`;
}

const INSTRUMENT_NAMES: Readonly<Record<InstrumentId, string>> = {
  'audit-c': 'AUDIT-C',
  audit: 'AUDIT',
  face: 'FACE (Formule pour Approcher la Consommation d’alcool par Entretien)',
};

/** The code of a screening's total score: LOINC where it exists, Oz's own code for FACE. */
export function totalScoreCode(namespace: string, instrument: InstrumentId): FhirCodeableConcept {
  const oz: FhirCoding = {
    system: ozCodeSystem(namespace, 'screening'),
    code: `${instrument}-total`,
    display: `${INSTRUMENT_NAMES[instrument]} total score`,
  };
  switch (instrument) {
    case 'audit-c':
      return {
        coding: [{ system: LOINC_SYSTEM, code: LOINC_AUDIT_C_TOTAL, display: 'Total score [AUDIT-C]' }, oz],
        text: 'AUDIT-C total score (0–12)',
      };
    case 'audit':
      return {
        coding: [{ system: LOINC_SYSTEM, code: LOINC_AUDIT_TOTAL, display: 'Total score [AUDIT]' }, oz],
        text: 'AUDIT total score (0–40)',
      };
    case 'face':
      // No LOINC code exists for FACE (Arfaoui et al. 2004, docs/reference/clinical-sources.md B.3).
      return { coding: [oz], text: `${INSTRUMENT_NAMES.face} total score (0–20)` };
  }
}

/** Weekly grams of pure alcohol from the diary: no LOINC code says exactly this, so Oz's own code and a text. */
export function weeklyAlcoholCode(namespace: string): FhirCodeableConcept {
  return {
    coding: [
      {
        system: ozCodeSystem(namespace, 'diary'),
        code: 'pure-alcohol-per-week',
        display: 'Pure alcohol drunk over the week, from the person’s diary',
      },
    ],
    text: 'Pure alcohol per week (self-reported diary; 1 French standard drink = 10 g)',
  };
}

export function standardDrinksCode(namespace: string): FhirCodeableConcept {
  return {
    coding: [
      {
        system: ozCodeSystem(namespace, 'diary'),
        code: 'standard-drinks-per-week',
        display: 'French standard drinks (10 g of pure alcohol) over the week',
      },
    ],
    text: 'French standard drinks per week',
  };
}

export function category(code: 'survey' | 'social-history'): FhirCodeableConcept {
  const display = code === 'survey' ? 'Survey' : 'Social History';
  return { coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code, display }] };
}
