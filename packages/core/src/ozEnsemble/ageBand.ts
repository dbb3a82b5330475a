import type { AgeBand } from '../pathway/types.js';

/*
 * Oz Ensemble asked for an age bracket in its full AUDIT (`@QuizzEvaluateConso_answers.age`: '-18', '18-25',
 * '25-45', '+45') and its user survey ('-18', '18-25', '26-35', '36-45', '+45'), and kept one in `@Age`
 * (SocialGouv/ozensemble `QuizzEvaluateConso/questions.js`, `UserSurvey/questions.js`, `components/quizz`).
 * Oz's bands (pathway/types.ts) split at 18, 25, 65 and 75. A bracket maps only when it fits one band:
 * - '18-25' → '18-24': Oz uses "under 25" to suggest a CJC, and CJC receive people up to 25
 *   (docs/clinical-rules.md), so a 25-year-old is oriented the same way;
 * - '+45' maps to nothing: it may be 70, and the person is asked rather than guessed
 *   (a wrong band could hide advice meant for older people).
 */
const BANDS: Readonly<Record<string, AgeBand>> = {
  '-18': 'under-18',
  '18-25': '18-24',
  '25-45': '25-64',
  '26-35': '25-64',
  '36-45': '25-64',
};

/** Oz's age band for an Oz Ensemble bracket; `undefined` when the bracket does not fit one band. */
export function ageBandOfOzeBracket(bracket: unknown): AgeBand | undefined {
  return typeof bracket === 'string' ? BANDS[bracket.trim()] : undefined;
}
