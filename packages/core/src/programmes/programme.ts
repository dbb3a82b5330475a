import type { ArticleId } from '../articles/article.js';
import type { IsoDate } from '../calendar/date.js';
import { partsOf } from '../calendar/date.js';
import type { LocalizedText } from '../i18n.js';

/*
 * Structured programmes (issue 10): a short text and one action a day, unlocked day by day on the person's
 * calendar (run.ts). The content is ours, in French and English, each day with its sources (content/*.ts,
 * checked by checkProgramme.ts). The impact dashboard counts starts and completions by these exact ids.
 */

export const PROGRAMME_IDS = ['premiers-pas', 'reduire-28-jours', 'mois-sans-alcool'] as const;
export type ProgrammeId = (typeof PROGRAMME_IDS)[number];

/**
 * Days of each programme, without their content (which is `@oz/core/programmes`): for code that counts days
 * done (badges, impact) and should not load the texts. catalogue.test.ts checks it against the content.
 */
export const PROGRAMME_LENGTHS: Readonly<Record<ProgrammeId, number>> = {
  'premiers-pas': 7,
  'reduire-28-jours': 28,
  'mois-sans-alcool': 31,
};

export function isProgrammeId(value: unknown): value is ProgrammeId {
  return typeof value === 'string' && (PROGRAMME_IDS as readonly string[]).includes(value);
}

/**
 * - 'discovery': information and reflection, no change asked;
 * - 'reduction': a weekly goal, lowered step by step (weeklyGoal.ts);
 * - 'break': no alcohol for a month. It starts behind the safety gate (safety/deepCut.ts).
 */
export type ProgrammeKind = 'discovery' | 'reduction' | 'break';

/** A published source of a day's text, shown as a link under it. */
export interface ProgrammeSource {
  /** Who published it: « Santé publique France », « HAS »… */
  readonly publisher: string;
  /** The document's title, in its own language. */
  readonly title: string;
  readonly url: string;
  readonly year?: number;
}

export interface QuizQuestion {
  readonly id: string;
  readonly question: LocalizedText;
  readonly options: readonly LocalizedText[];
  /** Index in `options` of the right answer. */
  readonly answer: number;
  /** Shown after answering, whatever the answer: a quiz here teaches, it does not grade. */
  readonly explanation: LocalizedText;
}

/** The support tools a day's exercise opens (apps/web features/motivation, cravings). */
export const PROGRAMME_EXERCISES = [
  'motivations',
  'risk-situations',
  'decisional-balance',
  'rulers',
  'coping-plan',
  'harm-reduction',
] as const;
export type ProgrammeExercise = (typeof PROGRAMME_EXERCISES)[number];

export type ProgrammeAction =
  | { readonly kind: 'quiz'; readonly questions: readonly QuizQuestion[] }
  | { readonly kind: 'exercise'; readonly exercise: ProgrammeExercise }
  /** Set the week's goal; in a reduction programme Oz proposes one from the person's weeks (weeklyGoal.ts). */
  | { readonly kind: 'set-goal' }
  /** Fill the diary for yesterday or today (the day is done once the diary says something about it). */
  | { readonly kind: 'fill-diary' }
  /** The last day: take the questionnaire again and compare (comparison.ts). */
  | { readonly kind: 'review' };

export type ProgrammeActionKind = ProgrammeAction['kind'];

export interface ProgrammeDay {
  /** 1-based. */
  readonly day: number;
  readonly title: LocalizedText;
  /** Short paragraphs, one idea each. */
  readonly paragraphs: readonly LocalizedText[];
  /** What the web app asks the person to do (its prompt is in the app's catalogue, by action kind). */
  readonly action: ProgrammeAction;
  readonly sources: readonly ProgrammeSource[];
  /** Articles to read further (features/articles). */
  readonly articles: readonly ArticleId[];
}

export interface Programme {
  readonly id: ProgrammeId;
  readonly kind: ProgrammeKind;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly days: readonly ProgrammeDay[];
}

/** Programme week (1-based) of a 1-based day: days 1–7 are week 1. */
export function programmeWeek(day: number): number {
  return Math.ceil(day / 7);
}

/** January, when the one-month break is called « Défi de Janvier » (Dry January). */
const JANUARY = 1;

/**
 * The programme's name for a run started on `startedOn` (or to be started today): the one-month break is
 * « Défi de Janvier » when it starts in January, « Mois sans alcool » any other month.
 */
export function programmeTitle(programme: Programme, startedOn: IsoDate): LocalizedText {
  if (programme.kind === 'break' && partsOf(startedOn).month === JANUARY) {
    return { fr: 'Défi de Janvier', en: 'Dry January' };
  }
  return programme.title;
}
