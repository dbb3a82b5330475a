import type { IsoDate } from '../calendar/date.js';
import { addDays } from '../calendar/date.js';
import { checkedChoices, checkedInteger, checkedText, InvalidSupportInputError } from './errors.js';
import type { ExternalSituation, InternalSituation } from './situations.js';
import { EXTERNAL_SITUATIONS, INTERNAL_SITUATIONS } from './situations.js';

/*
 * A craving (« envie de boire ») as the person notes it: how strong (0–10, the same scale as the HAS
 * rulers), where and with whom, how they felt, what helped, and whether they drank. Noting it is optional
 * and comes after something to do now (design brief). A craving without drinking is "overcome": the
 * programmes' badge counts those.
 */

export const CRAVING_INTENSITY_MIN = 0;
export const CRAVING_INTENSITY_MAX = 10;
export const MAX_CRAVING_NOTE_LENGTH = 1000;

/** What helped: the tools of the « Envie de boire ? » screen and the usual relapse-prevention strategies. */
export const COPING_STRATEGIES = [
  'breathing',
  'distraction',
  'motivations',
  'plan',
  'waited',
  'left-the-place',
  'other-drink',
  'ate',
  'moved',
  'talked',
  'called-helpline',
] as const;
export type CopingStrategy = (typeof COPING_STRATEGIES)[number];

export interface CravingRecord {
  readonly id: string;
  readonly date: IsoDate;
  /** Local wall-clock time 'HH:MM'. */
  readonly time: string;
  readonly intensity: number;
  /** Where or with whom (one of the external risk situations), when the person says. */
  readonly situation: ExternalSituation | null;
  /** How the person felt (internal risk situations). */
  readonly feelings: readonly InternalSituation[];
  readonly helped: readonly CopingStrategy[];
  readonly drank: boolean;
  readonly note: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface CravingInput {
  readonly id: string;
  readonly date: IsoDate;
  readonly time: string;
  readonly intensity: number;
  readonly situation: string | null;
  readonly feelings: readonly string[];
  readonly helped: readonly string[];
  readonly drank: boolean;
  readonly note: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Validates a craving note.
 * @throws InvalidSupportInputError for an intensity outside 0–10 or not whole, an unknown situation,
 * feeling or strategy, a bad time, or a note that is too long.
 */
export function createCraving(input: CravingInput): CravingRecord {
  if (!TIME_PATTERN.test(input.time)) {
    throw new InvalidSupportInputError('time', 'invalid-time', "must be 'HH:MM'");
  }
  const situation =
    input.situation === null
      ? null
      : (checkedChoices('situation', [input.situation], EXTERNAL_SITUATIONS)[0] ?? null);
  return {
    id: checkedText('id', input.id, 1, 100),
    date: input.date,
    time: input.time,
    intensity: checkedInteger('intensity', input.intensity, CRAVING_INTENSITY_MIN, CRAVING_INTENSITY_MAX),
    situation,
    feelings: checkedChoices('feelings', input.feelings, INTERNAL_SITUATIONS),
    helped: checkedChoices('helped', input.helped, COPING_STRATEGIES),
    drank: input.drank,
    note: checkedText('note', input.note, 0, MAX_CRAVING_NOTE_LENGTH),
    createdAt: input.createdAt,
    updatedAt: input.updatedAt,
  };
}

/** Cravings the person got through without drinking (the "cravings overcome" badge counts these). */
export function cravingsOvercome(records: readonly Pick<CravingRecord, 'drank'>[]): number {
  return records.filter((record) => !record.drank).length;
}

export interface CravingWeek {
  /** First day of the week (the caller passes Mondays). */
  readonly weekStart: IsoDate;
  readonly count: number;
  readonly overcome: number;
  /** Mean intensity of the week's cravings, null when there were none. */
  readonly meanIntensity: number | null;
  readonly maxIntensity: number | null;
}

/**
 * Cravings per week for the chart and its table: `weeks` consecutive 7-day blocks from `firstWeekStart`.
 * Records outside the blocks are ignored; a week without craving has count 0 and no intensity.
 */
export function weeklyCravings(
  records: readonly Pick<CravingRecord, 'date' | 'intensity' | 'drank'>[],
  firstWeekStart: IsoDate,
  weeks: number,
): CravingWeek[] {
  return Array.from({ length: weeks }, (_, index) => {
    const start = addDays(firstWeekStart, 7 * index);
    const end = addDays(start, 6);
    const inWeek = records.filter((record) => record.date >= start && record.date <= end);
    const intensities = inWeek.map((record) => record.intensity);
    return {
      weekStart: start,
      count: inWeek.length,
      overcome: cravingsOvercome(inWeek),
      meanIntensity:
        intensities.length === 0 ? null : intensities.reduce((a, b) => a + b, 0) / intensities.length,
      maxIntensity: intensities.length === 0 ? null : Math.max(...intensities),
    };
  });
}
