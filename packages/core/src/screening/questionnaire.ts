import { ScreeningAnswerError } from '../errors.js';
import type { LocalizedText } from '../i18n.js';

/** Sex as asked before scoring. 'unspecified' gets the lower, protective thresholds (issue 2). */
export const SEXES = ['female', 'male', 'unspecified'] as const;
export type Sex = (typeof SEXES)[number];

export const INSTRUMENT_IDS = ['audit', 'audit-c', 'face'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export interface AnswerOption {
  readonly label: LocalizedText;
  readonly points: number;
}

export interface QuestionnaireItem {
  /** Stable id, e.g. 'audit-4'. */
  readonly id: string;
  /** 1-based number as printed on the instrument. */
  readonly number: number;
  readonly text: LocalizedText;
  /** Extra help shown under the question (e.g. what one standard drink is). */
  readonly hint?: LocalizedText;
  readonly options: readonly AnswerOption[];
}

export interface Questionnaire<Id extends InstrumentId = InstrumentId> {
  readonly id: Id;
  /**
   * Version of Oz's encoding of the instrument (wording, points, thresholds). Bump it whenever one of
   * them changes, so a re-test is only compared with results of the same version (docs/reference/oz-ensemble-formats.md §8).
   */
  readonly version: string;
  readonly name: LocalizedText;
  /** Period the questions refer to, shown before the first item. */
  readonly intro: LocalizedText;
  readonly items: readonly QuestionnaireItem[];
  /** Where the wording, points and thresholds come from. */
  readonly sources: readonly string[];
}

/** What every scoring function returns on top of its own total and level. */
export interface ScoredAnswers<Id extends InstrumentId> {
  readonly instrument: Id;
  readonly version: string;
  readonly sex: Sex;
  /** The 0-based option indices that were scored, in item order. */
  readonly answers: readonly number[];
  /** Points of each item, in item order. */
  readonly itemPoints: readonly number[];
  readonly total: number;
}

export function isSex(value: unknown): value is Sex {
  return typeof value === 'string' && (SEXES as readonly string[]).includes(value);
}

/**
 * Validates answers (0-based option indices in item order) and returns each item's points.
 * @throws ScreeningAnswerError for a wrong number of answers, a non-integer or out-of-range index, or an unknown sex.
 */
export function scoreItems<Id extends InstrumentId>(
  questionnaire: Questionnaire<Id>,
  answers: readonly number[],
  sex: Sex,
): ScoredAnswers<Id> {
  const { id, items } = questionnaire;
  if (!isSex(sex)) {
    throw new ScreeningAnswerError(id, 'invalid-sex', `sex must be one of ${SEXES.join(', ')}`);
  }
  if (!Array.isArray(answers) || answers.length !== items.length) {
    const got = Array.isArray(answers) ? String(answers.length) : typeof answers;
    throw new ScreeningAnswerError(
      id,
      'wrong-answer-count',
      `expected ${String(items.length)} answers, got ${got}`,
    );
  }
  const itemPoints = items.map((item, index) => {
    const answer = answers[index];
    const option = Number.isInteger(answer) && answer !== undefined ? item.options[answer] : undefined;
    if (option === undefined) {
      throw new ScreeningAnswerError(
        id,
        'answer-out-of-range',
        `answer ${String(answer)} to item ${String(item.number)} must be an option index from 0 to ${String(item.options.length - 1)}`,
        index,
      );
    }
    return option.points;
  });
  const total = itemPoints.reduce((sum, points) => sum + points, 0);
  return { instrument: id, version: questionnaire.version, sex, answers: [...answers], itemPoints, total };
}

/** Highest total a questionnaire allows. */
export function maxTotal(questionnaire: Questionnaire): number {
  return questionnaire.items.reduce(
    (sum, item) => sum + Math.max(...item.options.map((option) => option.points)),
    0,
  );
}
