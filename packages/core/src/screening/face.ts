import { DRINKING_FREQUENCY, DRINKS_PER_TYPICAL_DAY, NO_YES_FOUR, STANDARD_DRINK_HINT } from './options.js';
import type { Questionnaire, ScoredAnswers, Sex } from './questionnaire.js';
import { scoreItems } from './questionnaire.js';

/*
 * FACE, Formule pour Approcher la Consommation d'alcool par Entretien: French, 5 items, total 0–20.
 * Q1–Q2 score 0–4; Q3–Q5 score no 0 / yes 4. Thresholds: low risk men < 5, women < 4; probable
 * excessive use men 5–8, women 4–8; probable dependence > 8 both sexes.
 * Source: Arfaoui et al., Rev Prat Med Gen 2004;18(641):201-5; https://studylibfr.com/doc/3295049/plaquette-alcool-au-travail;
 * [djibe] layouts/shortcodes/scores/face.html — docs/reference/clinical-sources.md B.3. 'unspecified' gets the women's threshold.
 */

export const FACE: Questionnaire<'face'> = {
  id: 'face',
  version: '1.0.0',
  name: { fr: 'FACE (5 questions)', en: 'FACE (5 questions)' },
  intro: {
    fr: 'Ces questions portent sur votre consommation d’alcool au cours des 12 derniers mois.',
    en: 'These questions are about your drinking over the last 12 months.',
  },
  items: [
    {
      id: 'face-1',
      number: 1,
      text: {
        fr: 'À quelle fréquence vous arrive-t-il de consommer des boissons contenant de l’alcool ?',
        en: 'How often do you have a drink containing alcohol?',
      },
      options: DRINKING_FREQUENCY,
    },
    {
      id: 'face-2',
      number: 2,
      text: {
        fr: 'Combien de verres standard buvez-vous au cours d’une journée ordinaire où vous buvez de l’alcool ?',
        en: 'How many standard drinks do you have on a typical day when you are drinking?',
      },
      hint: STANDARD_DRINK_HINT,
      options: DRINKS_PER_TYPICAL_DAY,
    },
    {
      id: 'face-3',
      number: 3,
      text: {
        fr: 'Votre entourage vous a-t-il fait des remarques concernant votre consommation d’alcool ?',
        en: 'Have people around you made remarks about your drinking?',
      },
      options: NO_YES_FOUR,
    },
    {
      id: 'face-4',
      number: 4,
      text: {
        fr: 'Vous est-il arrivé de consommer de l’alcool le matin pour vous sentir en forme ?',
        en: 'Have you ever had a drink in the morning to feel fit?',
      },
      options: NO_YES_FOUR,
    },
    {
      id: 'face-5',
      number: 5,
      text: {
        fr: 'Vous est-il arrivé de boire et de ne plus vous souvenir le matin de ce que vous avez pu dire ou faire ?',
        en: 'Have you ever been drinking and not remembered the next morning what you said or did?',
      },
      options: NO_YES_FOUR,
    },
  ],
  sources: [
    'Arfaoui et al., Rev Prat Med Gen 2004;18(641):201-5',
    'https://studylibfr.com/doc/3295049/plaquette-alcool-au-travail',
    'djibe/recommandations-medicales layouts/shortcodes/scores/face.html',
  ],
};

export type FaceLevel = 'low' | 'excessive' | 'dependence';

/** Dependence is probable when the total is strictly above 8, both sexes. */
export const FACE_DEPENDENCE_ABOVE_TOTAL = 8;
/** Total from which excessive use is probable, by sex ('unspecified' = the protective, lower one). */
export const FACE_EXCESSIVE_MIN_TOTAL: Readonly<Record<Sex, number>> = { male: 5, female: 4, unspecified: 4 };
/** 0-based index of "drinking in the morning to feel fit" (Q4), a dependence signal (docs/reference/clinical-sources.md B.8). */
export const FACE_MORNING_DRINKING_ITEM_INDEX = 3;

export interface FaceResult extends ScoredAnswers<'face'> {
  readonly level: FaceLevel;
  /** Q4 answered yes: morning drinking, a withdrawal-relief sign. */
  readonly morningDrinking: boolean;
}

export function faceLevel(total: number, sex: Sex): FaceLevel {
  if (total > FACE_DEPENDENCE_ABOVE_TOTAL) return 'dependence';
  if (total >= FACE_EXCESSIVE_MIN_TOTAL[sex]) return 'excessive';
  return 'low';
}

/**
 * Scores FACE from 0-based option indices of its 5 items.
 * `sex` omitted → 'unspecified', which uses the protective thresholds.
 * @throws ScreeningAnswerError for a wrong number of answers, an out-of-range index or an unknown sex.
 */
export function scoreFace(answers: readonly number[], sex: Sex = 'unspecified'): FaceResult {
  const scored = scoreItems(FACE, answers, sex);
  const morningPoints = scored.itemPoints[FACE_MORNING_DRINKING_ITEM_INDEX] ?? 0;
  return { ...scored, level: faceLevel(scored.total, sex), morningDrinking: morningPoints > 0 };
}
