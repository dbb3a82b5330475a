import {
  addDays,
  buildFhirBundle,
  dayRecords,
  daysOfWeek,
  gramsFromStandardDrinks,
  isFilled,
  weeklyReport,
  weekStart,
  type FhirBundle,
  type FhirDiaryWeek,
  type FhirScreening,
  type IsoDate,
} from '@oz/core';
import type { I18n } from '../../i18n/I18nProvider.js';
import { diaryOf } from '../diary/model.js';
import { levelKey } from '../screening/ResultSummary.js';
import type { ReportData } from './reportData.js';

export interface FhirExportOptions {
  readonly today: IsoDate;
  readonly now: Date;
  /** Typed by the person for this export only; empty = the Patient carries no identity. */
  readonly name: string;
  /** Where Oz is served (`location.origin`): Oz's own code systems live under `<origin>/fhir`. */
  readonly origin: string;
  readonly newUuid: () => string;
}

/** Every complete Monday–Sunday week from the first filled day to last Sunday with at least one filled day. */
export function completeWeeks(data: ReportData, today: IsoDate): FhirDiaryWeek[] {
  const diary = diaryOf(data.entries, data.days);
  const firstDay = [
    ...data.entries.map((entry) => entry.date),
    ...data.days.map((log) => log.date),
  ].sort()[0];
  if (firstDay === undefined) return [];
  const weeks: FhirDiaryWeek[] = [];
  const lastMonday = addDays(weekStart(today), -7);
  for (let monday = weekStart(firstDay); monday <= lastMonday; monday = addDays(monday, 7)) {
    const filledDays = dayRecords(diary, daysOfWeek(monday)).filter(isFilled).length;
    if (filledDays === 0) continue;
    const { totalStandardDrinks } = weeklyReport(data.entries, monday);
    weeks.push({
      weekStart: monday,
      standardDrinks: totalStandardDrinks,
      grams: gramsFromStandardDrinks(totalStandardDrinks),
      filledDays,
    });
  }
  return weeks;
}

function screeningsOf(data: ReportData, i18n: I18n): FhirScreening[] {
  return data.screenings.map((record) => {
    const levelText = i18n.t(levelKey(record, 'label'));
    if (record.instrument === 'oz-ensemble-audit-c') {
      // Oz Ensemble kept the label of its AUDIT-C result, not the answers nor the score.
      return {
        instrument: 'audit-c',
        version: record.version,
        takenAt: record.takenAt,
        answers: [],
        total: null,
        levelText,
      };
    }
    return {
      instrument: record.instrument,
      version: record.version,
      takenAt: record.takenAt,
      answers: record.answers,
      total: record.total,
      levelText,
    };
  });
}

/** The person's FHIR R4 bundle (built by @oz/core), from this device's data. */
export function fhirBundleOf(data: ReportData, options: FhirExportOptions, i18n: I18n): FhirBundle {
  const name = options.name.trim();
  return buildFhirBundle(
    {
      namespace: `${options.origin}/fhir`,
      generatedAt: options.now.toISOString(),
      locale: i18n.locale,
      patientName: name === '' ? null : name,
      screenings: screeningsOf(data, i18n),
      weeks: completeWeeks(data, options.today),
    },
    options.newUuid,
  );
}
