import type { IsoDate } from '../calendar/date.js';
import { addDays } from '../calendar/date.js';
import { DAYS_PER_WEEK } from '../calendar/week.js';
import { GRAMS_PER_STANDARD_DRINK } from '../drinks/alcohol.js';
import type { Locale } from '../i18n.js';
import { localize } from '../i18n.js';
import { AUDIT } from '../screening/audit.js';
import { AUDIT_C } from '../screening/auditC.js';
import { FACE } from '../screening/face.js';
import type { InstrumentId, Questionnaire } from '../screening/questionnaire.js';
import type { Grams, StandardDrinks } from '../units.js';
import {
  category,
  DATA_ABSENT_REASON_SYSTEM,
  ORDINAL_VALUE_EXTENSION,
  ozCodeSystem,
  ozQuestionnaire,
  standardDrinksCode,
  totalScoreCode,
  UCUM_SYSTEM,
  weeklyAlcoholCode,
} from './fhirCodes.js';
import type {
  FhirBundle,
  FhirBundleEntry,
  FhirObservation,
  FhirQuestionnaireResponse,
  FhirReference,
} from './fhirTypes.js';

/**
 * The person's FHIR R4 export (issue 11): a Bundle of type `collection` with an anonymous Patient (a name only
 * if the person typed one), each screening as a QuestionnaireResponse plus an Observation of its total, and each
 * complete diary week as an Observation of grams of pure alcohol. Pure: ids, time and namespace come in.
 */

export interface FhirScreening {
  /** Results imported from Oz Ensemble come as 'audit-c' with no answers and a null total (label only). */
  readonly instrument: InstrumentId;
  readonly version: string;
  /** ISO-8601 instant the questionnaire was completed. */
  readonly takenAt: string;
  /** 0-based option indices in item order; empty when the answers were not kept. */
  readonly answers: readonly number[];
  readonly total: number | null;
  /** The result in words, as the person saw it (becomes the Observation's interpretation). */
  readonly levelText: string;
}

export interface FhirDiaryWeek {
  /** Monday of a complete Monday–Sunday week. */
  readonly weekStart: IsoDate;
  readonly grams: Grams;
  readonly standardDrinks: StandardDrinks;
  /** Days of the week with an entry or declared drink-free (0–7); unfilled days count as no drink. */
  readonly filledDays: number;
}

export interface FhirExportInput {
  /** Base address of Oz's own code systems and questionnaires, e.g. `https://oz.example/fhir`. */
  readonly namespace: string;
  readonly generatedAt: string;
  readonly locale: Locale;
  /** Only when the person typed it; otherwise the Patient carries nothing that identifies them. */
  readonly patientName: string | null;
  readonly screenings: readonly FhirScreening[];
  readonly weeks: readonly FhirDiaryWeek[];
}

const QUESTIONNAIRES: Readonly<Record<InstrumentId, Questionnaire>> = {
  'audit-c': AUDIT_C,
  audit: AUDIT,
  face: FACE,
};

/**
 * FHIR strings match `[ \r\n\t\S]+` (R4 JSON schema). JavaScript-based validators read \S without the no-break
 * spaces of French typography (U+00A0, U+202F), so the export writes plain spaces: the words are unchanged.
 */
function fhirText(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** Grams are shown to one decimal in FHIR too: more digits would claim a precision the diary does not have. */
function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

function questionnaireResponse(
  input: FhirExportInput,
  screening: FhirScreening,
  patient: FhirReference,
): FhirQuestionnaireResponse {
  const questionnaire = QUESTIONNAIRES[screening.instrument];
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: ozQuestionnaire(input.namespace, screening.instrument, screening.version),
    status: 'completed',
    subject: patient,
    authored: screening.takenAt,
    source: patient,
    item: questionnaire.items.flatMap((item, index) => {
      const chosen = screening.answers[index];
      const option = chosen === undefined ? undefined : item.options[chosen];
      if (chosen === undefined || option === undefined) return [];
      return [
        {
          linkId: item.id,
          text: fhirText(localize(item.text, input.locale)),
          answer: [
            {
              valueCoding: {
                system: ozCodeSystem(input.namespace, 'answers'),
                code: `${item.id}.${String(chosen)}`,
                display: fhirText(localize(option.label, input.locale)),
                extension: [{ url: ORDINAL_VALUE_EXTENSION, valueDecimal: option.points }],
              },
            },
          ],
        },
      ];
    }),
  };
}

function scoreObservation(
  input: FhirExportInput,
  screening: FhirScreening,
  patient: FhirReference,
  response: FhirReference | null,
): FhirObservation {
  const value =
    screening.total === null
      ? {
          dataAbsentReason: {
            coding: [{ system: DATA_ABSENT_REASON_SYSTEM, code: 'unknown', display: 'Unknown' }],
            text: 'Score not kept by the previous application (Oz Ensemble); only the result in words',
          },
        }
      : { valueInteger: screening.total };
  return {
    resourceType: 'Observation',
    status: 'final',
    category: [category('survey')],
    code: totalScoreCode(input.namespace, screening.instrument),
    subject: patient,
    effectiveDateTime: screening.takenAt,
    performer: [patient],
    ...value,
    interpretation: [{ text: fhirText(screening.levelText) }],
    ...(response === null ? {} : { derivedFrom: [response] }),
  };
}

function weekObservation(
  input: FhirExportInput,
  week: FhirDiaryWeek,
  patient: FhirReference,
): FhirObservation {
  const lastDay = addDays(week.weekStart, DAYS_PER_WEEK - 1);
  const note =
    week.filledDays < DAYS_PER_WEEK
      ? [{ text: `${String(week.filledDays)}/7 days filled in; days not filled in count as no drink.` }]
      : [];
  return {
    resourceType: 'Observation',
    status: 'final',
    category: [category('social-history')],
    code: weeklyAlcoholCode(input.namespace),
    subject: patient,
    effectivePeriod: { start: week.weekStart, end: lastDay },
    performer: [patient],
    // UCUM `g/wk`: a rate, so the value reads correctly on its own; the period says which week.
    valueQuantity: { value: oneDecimal(week.grams), unit: 'g/wk', system: UCUM_SYSTEM, code: 'g/wk' },
    component: [
      {
        code: standardDrinksCode(input.namespace),
        valueQuantity: {
          value: oneDecimal(week.standardDrinks),
          unit: 'standard drinks/wk',
          system: UCUM_SYSTEM,
          code: '{standard_drink}/wk',
        },
      },
    ],
    ...(note.length === 0 ? {} : { note }),
  };
}

/** Checks a week the way the export promises it: 10 g per standard drink, at most 7 filled days. */
function checkWeek(week: FhirDiaryWeek): void {
  if (Math.abs(week.grams - week.standardDrinks * GRAMS_PER_STANDARD_DRINK) > 1e-6) {
    throw new RangeError(`Week ${week.weekStart}: grams and standard drinks disagree`);
  }
  if (!Number.isInteger(week.filledDays) || week.filledDays < 0 || week.filledDays > DAYS_PER_WEEK) {
    throw new RangeError(`Week ${week.weekStart}: filledDays must be an integer from 0 to 7`);
  }
}

/**
 * Builds the bundle. `newUuid` gives a fresh UUID for the bundle and each entry (`urn:uuid:` full URLs: the
 * resources have no server id).
 * @throws RangeError when a week's grams and standard drinks disagree or its filled-day count is impossible.
 */
export function buildFhirBundle(input: FhirExportInput, newUuid: () => string): FhirBundle {
  input.weeks.forEach(checkWeek);
  const entries: FhirBundleEntry[] = [];
  const add = (entry: FhirBundleEntry['resource']): FhirReference => {
    const fullUrl = `urn:uuid:${newUuid()}`;
    entries.push({ fullUrl, resource: entry });
    return { reference: fullUrl };
  };
  const name = fhirText(input.patientName ?? '').trim();
  const patient = add({ resourceType: 'Patient', ...(name === '' ? {} : { name: [{ text: name }] }) });
  const screenings = [...input.screenings].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  for (const screening of screenings) {
    const response =
      screening.answers.length === 0 ? null : add(questionnaireResponse(input, screening, patient));
    add(scoreObservation(input, screening, patient, response));
  }
  const weeks = [...input.weeks].sort((a, b) => a.weekStart.localeCompare(b.weekStart));
  for (const week of weeks) add(weekObservation(input, week, patient));
  return {
    resourceType: 'Bundle',
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${newUuid()}` },
    type: 'collection',
    timestamp: input.generatedAt,
    entry: entries,
  };
}
