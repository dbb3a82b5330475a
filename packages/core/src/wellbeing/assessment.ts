import type { IsoDate } from '../calendar/date.js';
import { addDays, compareIsoDates, isoDate } from '../calendar/date.js';
import type { LocalizedText } from '../i18n.js';
import { InvalidWellbeingInputError } from './errors.js';
import type { Who5Band, Who5ChangeBand } from './who5.js';
import { scoreWho5, who5ChangeBand } from './who5.js';

/*
 * A quality-of-life self-assessment: the WHO-5 (who5.ts) and, asked separately and optionally, four life
 * domains Oz Ensemble asked about in its quality-of-life questionnaire (sleep, energy, relationships, work;
 * docs/reference/oz-ensemble-formats.md §1, rated there from +2 to −2 and shown per dimension without a total).
 * The domains are NOT part of the WHO-5 and never change its score; they are Oz's own questions, shown
 * one by one, never summed (docs/clinical-rules.md, "Quality of life").
 */

export const QOL_DOMAINS = ['sleep', 'energy', 'relationships', 'work'] as const;
export type QolDomain = (typeof QOL_DOMAINS)[number];

/** From worst to best, like Oz Ensemble's −2 … +2 scale. */
export const QOL_RATINGS = ['very-bad', 'bad', 'fair', 'good', 'very-good'] as const;
export type QolRating = (typeof QOL_RATINGS)[number];

export const QOL_DOMAIN_LABELS: Readonly<Record<QolDomain, LocalizedText>> = {
  sleep: { fr: 'Votre sommeil', en: 'Your sleep' },
  energy: { fr: 'Votre énergie', en: 'Your energy' },
  relationships: { fr: 'Vos relations avec vos proches', en: 'Your relationships with those close to you' },
  work: { fr: 'Votre travail ou vos activités', en: 'Your work or daily activities' },
};

export const QOL_RATING_LABELS: Readonly<Record<QolRating, LocalizedText>> = {
  'very-bad': { fr: 'Très difficile', en: 'Very difficult' },
  bad: { fr: 'Plutôt difficile', en: 'Rather difficult' },
  fair: { fr: 'Moyen', en: 'So-so' },
  good: { fr: 'Plutôt bien', en: 'Rather good' },
  'very-good': { fr: 'Très bien', en: 'Very good' },
};

/**
 * Re-asked every 4 weeks, the period Oz Ensemble's quality-of-life questionnaire covered and re-asked
 * (docs/reference/oz-ensemble-formats.md §1); the WHO-5 itself covers the last two weeks, so two assessments never overlap.
 */
export const WELLBEING_REASSESS_DAYS = 28;
export const MAX_WELLBEING_CONTEXT_LENGTH = 60;

export interface WellbeingAssessment {
  readonly id: string;
  /** The person's calendar day of the answers. */
  readonly date: IsoDate;
  /** ISO instant of the answers (orders two assessments of one day). */
  readonly takenAt: string;
  /** WHO-5 answers, 0–5 each, in item order. */
  readonly who5: readonly number[];
  /** The optional domains the person chose to answer. */
  readonly domains: Partial<Readonly<Record<QolDomain, QolRating>>>;
  /** Where it was taken: 'start', 'check-in', 'self', 'programme:<id>'. */
  readonly context: string;
}

export interface WellbeingAssessmentInput {
  readonly id: string;
  readonly date: string;
  readonly takenAt: string;
  readonly who5: readonly number[];
  readonly domains?: Partial<Readonly<Record<string, string>>>;
  readonly context: string;
}

function checkedDomains(
  domains: Partial<Readonly<Record<string, string>>>,
): Partial<Record<QolDomain, QolRating>> {
  const result: Partial<Record<QolDomain, QolRating>> = {};
  for (const [key, value] of Object.entries(domains)) {
    const domain = QOL_DOMAINS.find((known) => known === key);
    const rating = QOL_RATINGS.find((known) => known === value);
    if (domain === undefined) {
      throw new InvalidWellbeingInputError('domains', 'unknown-value', `has an unknown domain ${key}`);
    }
    if (rating === undefined) {
      throw new InvalidWellbeingInputError(`domains.${key}`, 'unknown-value', 'has an unknown rating');
    }
    result[domain] = rating;
  }
  return result;
}

/**
 * Validates an assessment.
 * @throws InvalidWellbeingInputError for bad WHO-5 answers, an unknown domain or rating, an empty id or
 * context, or a `takenAt` that is not an ISO instant; InvalidDateError for a bad `date`.
 */
export function createWellbeingAssessment(input: WellbeingAssessmentInput): WellbeingAssessment {
  scoreWho5(input.who5);
  const id = input.id.trim();
  const context = input.context.trim();
  if (id.length === 0 || id.length > 100) {
    throw new InvalidWellbeingInputError('id', 'out-of-range', 'must have 1 to 100 characters');
  }
  if (context.length === 0 || context.length > MAX_WELLBEING_CONTEXT_LENGTH) {
    throw new InvalidWellbeingInputError('context', 'out-of-range', 'must have 1 to 60 characters');
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(input.takenAt)) {
    throw new InvalidWellbeingInputError('takenAt', 'invalid-instant', 'must be an ISO instant');
  }
  return {
    id,
    date: isoDate(input.date),
    takenAt: input.takenAt,
    who5: [...input.who5],
    domains: checkedDomains(input.domains ?? {}),
    context,
  };
}

/** Oldest first (by day, then instant). */
export function sortAssessments(assessments: readonly WellbeingAssessment[]): WellbeingAssessment[] {
  return [...assessments].sort(
    (a, b) => compareIsoDates(a.date, b.date) || a.takenAt.localeCompare(b.takenAt),
  );
}

export interface WellbeingPoint {
  readonly id: string;
  readonly date: IsoDate;
  readonly percent: number;
  readonly band: Who5Band;
  /** Against the previous assessment; absent for the first. */
  readonly change?: Who5ChangeBand;
}

/** The person's WHO-5 scores, oldest first, each compared with the one before: the chart and its table. */
export function wellbeingEvolution(assessments: readonly WellbeingAssessment[]): WellbeingPoint[] {
  let previous: number | undefined;
  return sortAssessments(assessments).map((assessment) => {
    const { percent, band } = scoreWho5(assessment.who5);
    const point: WellbeingPoint = {
      id: assessment.id,
      date: assessment.date,
      percent,
      band,
      ...(previous === undefined ? {} : { change: who5ChangeBand(previous, percent) }),
    };
    previous = percent;
    return point;
  });
}

export type WellbeingDue =
  | { readonly due: true; readonly reason: 'start' | 'four-weeks' }
  | { readonly due: false; readonly nextOn: IsoDate };

/**
 * Whether to propose the assessment today: at the start (none yet), then once 4 weeks have passed since
 * the last one. Only a gentle proposal: the person may always decline.
 * @throws InvalidDateError for an invalid `today`.
 */
export function wellbeingDue(assessments: readonly WellbeingAssessment[], today: string): WellbeingDue {
  const day = isoDate(today);
  const last = sortAssessments(assessments).at(-1);
  if (last === undefined) return { due: true, reason: 'start' };
  const nextOn = addDays(last.date, WELLBEING_REASSESS_DAYS);
  return compareIsoDates(nextOn, day) <= 0 ? { due: true, reason: 'four-weeks' } : { due: false, nextOn };
}
