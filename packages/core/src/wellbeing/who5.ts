import type { LocalizedText } from '../i18n.js';
import { InvalidWellbeingInputError } from './errors.js';

/*
 * WHO-5 Well-Being Index (WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital, 1998;
 * Psychiatric Research Unit, Mental Health Centre North Zealand): 5 statements about the last two weeks,
 * each answered 0 ("at no time") to 5 ("all of the time"). Free to use without permission.
 * Source: Topp C.W. et al., "The WHO-5 Well-Being Index: a systematic review of the literature",
 * Psychother Psychosom 2015;84:167-176 — https://doi.org/10.1159/000376585 (see docs/clinical-rules.md, "Quality of life").
 * French wording: the official « Indice de bien-être OMS-5 » (Psychiatric Research Unit translation).
 */

/** Answers go from 0 (at no time) to 5 (all of the time). Source: WHO-5 (Topp 2015). */
export const WHO5_ANSWER_MIN = 0;
export const WHO5_ANSWER_MAX = 5;
/** The raw score (sum of the 5 answers, 0–25) is multiplied by 4 to give 0–100. Source: Topp 2015. */
export const WHO5_PERCENT_PER_RAW_POINT = 4;
/** A score of 50 or less suggests poor well-being. Source: Topp 2015 (cut-off ≤ 50). */
export const WHO5_POOR_WELLBEING_MAX = 50;
/** A score of 28 or less suggests likely depression: orient to a professional. Source: Topp 2015 (≤ 28). */
export const WHO5_LIKELY_DEPRESSION_MAX = 28;
/** A change of 10 points (on 0–100) is clinically relevant. Source: Topp 2015. */
export const WHO5_MEANINGFUL_CHANGE = 10;

export const WHO5_ITEM_IDS = [
  'who5-cheerful',
  'who5-calm',
  'who5-active',
  'who5-rested',
  'who5-interest',
] as const;
export type Who5ItemId = (typeof WHO5_ITEM_IDS)[number];

export interface Who5Item {
  readonly id: Who5ItemId;
  readonly text: LocalizedText;
}

/** The five statements, in the instrument's order (WHO-5, 1998 version). */
export const WHO5_ITEMS: readonly Who5Item[] = [
  {
    id: 'who5-cheerful',
    text: {
      fr: 'Je me suis senti(e) bien et de bonne humeur',
      en: 'I have felt cheerful and in good spirits',
    },
  },
  {
    id: 'who5-calm',
    text: { fr: 'Je me suis senti(e) calme et tranquille', en: 'I have felt calm and relaxed' },
  },
  {
    id: 'who5-active',
    text: {
      fr: 'Je me suis senti(e) plein(e) d’énergie et vigoureux(se)',
      en: 'I have felt active and vigorous',
    },
  },
  {
    id: 'who5-rested',
    text: {
      fr: 'Je me suis réveillé(e) en me sentant frais (fraîche) et dispos',
      en: 'I woke up feeling fresh and rested',
    },
  },
  {
    id: 'who5-interest',
    text: {
      fr: 'Ma vie quotidienne a été remplie de choses intéressantes',
      en: 'My daily life has been filled with things that interest me',
    },
  },
];

/** The period the statements refer to, shown before the first one. */
export const WHO5_INTRO: LocalizedText = {
  fr: 'Au cours des deux dernières semaines…',
  en: 'Over the last two weeks…',
};

/** Answer labels, from 5 (all of the time) down to 0 (at no time), as printed on the instrument. */
export const WHO5_ANSWERS: readonly { readonly value: number; readonly label: LocalizedText }[] = [
  { value: 5, label: { fr: 'Tout le temps', en: 'All of the time' } },
  { value: 4, label: { fr: 'La plupart du temps', en: 'Most of the time' } },
  { value: 3, label: { fr: 'Plus de la moitié du temps', en: 'More than half of the time' } },
  { value: 2, label: { fr: 'Moins de la moitié du temps', en: 'Less than half of the time' } },
  { value: 1, label: { fr: 'De temps en temps', en: 'Some of the time' } },
  { value: 0, label: { fr: 'Jamais', en: 'At no time' } },
];

/**
 * - 'good': above 50;
 * - 'poor': 29–50, poor well-being (a gentle suggestion to talk about it);
 * - 'low': 28 or less, likely depression (orientation to a doctor, the 3114 line if in distress).
 */
export type Who5Band = 'good' | 'poor' | 'low';

export interface Who5Score {
  /** Sum of the five answers, 0–25. */
  readonly raw: number;
  /** raw × 4, 0–100: the figure shown and compared. */
  readonly percent: number;
  readonly band: Who5Band;
}

/** The band of a 0–100 score. @throws InvalidWellbeingInputError outside 0–100. */
export function who5Band(percent: number): Who5Band {
  const value = checkedPercent('percent', percent);
  if (value <= WHO5_LIKELY_DEPRESSION_MAX) return 'low';
  if (value <= WHO5_POOR_WELLBEING_MAX) return 'poor';
  return 'good';
}

/**
 * Scores the five answers (0–5 each, in item order).
 * @throws InvalidWellbeingInputError for a wrong number of answers or an answer that is not 0–5.
 */
export function scoreWho5(answers: readonly number[]): Who5Score {
  if (answers.length !== WHO5_ITEMS.length) {
    throw new InvalidWellbeingInputError(
      'answers',
      'wrong-count',
      `must hold ${String(WHO5_ITEMS.length)} answers`,
    );
  }
  const raw = answers.reduce(
    (sum, answer, index) =>
      sum + checkedWhole(`answers[${String(index)}]`, answer, WHO5_ANSWER_MIN, WHO5_ANSWER_MAX),
    0,
  );
  const percent = raw * WHO5_PERCENT_PER_RAW_POINT;
  return { raw, percent, band: who5Band(percent) };
}

/** 'better' or 'worse' when the score moved by at least 10 points (Topp 2015), else 'same'. */
export type Who5ChangeBand = 'better' | 'same' | 'worse';

/**
 * How well-being changed between two 0–100 scores: the impact dashboard counts these.
 * @throws InvalidWellbeingInputError when a score is outside 0–100.
 */
export function who5ChangeBand(before: number, after: number): Who5ChangeBand {
  const change = checkedPercent('after', after) - checkedPercent('before', before);
  if (change >= WHO5_MEANINGFUL_CHANGE) return 'better';
  if (change <= -WHO5_MEANINGFUL_CHANGE) return 'worse';
  return 'same';
}

function checkedWhole(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value)) {
    throw new InvalidWellbeingInputError(field, 'not-integer', 'must be a whole number');
  }
  if (value < min || value > max) {
    throw new InvalidWellbeingInputError(
      field,
      'out-of-range',
      `must be between ${String(min)} and ${String(max)}`,
    );
  }
  return value;
}

function checkedPercent(field: string, value: number): number {
  if (!Number.isFinite(value)) {
    throw new InvalidWellbeingInputError(field, 'not-finite', 'must be a finite number');
  }
  if (value < 0 || value > 100) {
    throw new InvalidWellbeingInputError(field, 'out-of-range', 'must be between 0 and 100');
  }
  return value;
}

/**
 * What Oz suggests after a score, never alarmist:
 * - 'none' for good well-being;
 * - 'talk-if-it-lasts' for poor well-being (≤ 50): talking about it with a doctor if it lasts;
 * - 'see-a-professional' for a likely depression (≤ 28): seeing a doctor or a psychologist, and the national
 *   suicide prevention line 3114 for anyone in distress (Source: Topp 2015 cut-offs; 3114, Ministère de la
 *   Santé, https://3114.fr — see docs/clinical-rules.md, "Quality of life").
 */
export type Who5Orientation = 'none' | 'talk-if-it-lasts' | 'see-a-professional';

export function who5Orientation(band: Who5Band): Who5Orientation {
  if (band === 'low') return 'see-a-professional';
  return band === 'poor' ? 'talk-if-it-lasts' : 'none';
}
