import type { Programme, ProgrammeAction, ProgrammeDay, ProgrammeExercise } from '../programme.js';
import type { Lesson } from './lesson.js';
import {
  FIRST_WEEK_REVIEW,
  HOW_TO_REDUCE,
  IF_THEN_PLANS,
  MOTIVATIONS,
  REPERES,
  RISK_SITUATIONS,
  STANDARD_DRINK,
  WITHDRAWAL_SIGNS,
} from './lessonsBasics.js';
import {
  CALORIES,
  CHECK_IN,
  CRAVING_WAVE,
  DECISIONAL_BALANCE,
  DRINK_FREE_DAYS,
  EMOTIONS,
  ENTOURAGE,
  MONEY,
  PARTIES,
  SAYING_NO,
  SLEEP,
  WHY_A_DIARY,
} from './lessonsDaily.js';
import {
  AFTER_PROGRAMME,
  ALTERNATIVES,
  BREAK_AFTER,
  BREAK_FIRST_DAYS,
  BREAK_HALFWAY,
  BREAK_START,
  FREE_TIME,
  GOAL_NEXT,
  GOAL_START,
  MYTHS,
  PROGRAMME_END,
  SLIPS,
} from './lessonsJourney.js';
import { MYTHS_QUIZ, REPERES_QUIZ, STANDARD_DRINK_QUIZ, WITHDRAWAL_QUIZ } from './quizzes.js';

const exercise = (name: ProgrammeExercise): ProgrammeAction => ({ kind: 'exercise', exercise: name });
const DIARY: ProgrammeAction = { kind: 'fill-diary' };
const GOAL: ProgrammeAction = { kind: 'set-goal' };
const REVIEW: ProgrammeAction = { kind: 'review' };

function days(plan: readonly (readonly [Lesson, ProgrammeAction])[]): ProgrammeDay[] {
  return plan.map(([lesson, action], index) => ({ day: index + 1, ...lesson, action }));
}

/** « Premiers pas »: seven days to understand one's drinking, before deciding anything. */
export const PREMIERS_PAS: Programme = {
  id: 'premiers-pas',
  kind: 'discovery',
  title: { fr: 'Premiers pas', en: 'First steps' },
  summary: {
    fr: '7 jours pour comprendre votre consommation : les repères, vos raisons, vos situations à risque, comment réduire, les signes de manque.',
    en: '7 days to understand your drinking: the guidelines, your reasons, your risky situations, how to cut down, the signs of withdrawal.',
  },
  days: days([
    [STANDARD_DRINK, { kind: 'quiz', questions: STANDARD_DRINK_QUIZ }],
    [REPERES, { kind: 'quiz', questions: REPERES_QUIZ }],
    [MOTIVATIONS, exercise('motivations')],
    [RISK_SITUATIONS, exercise('risk-situations')],
    [HOW_TO_REDUCE, GOAL],
    [WITHDRAWAL_SIGNS, { kind: 'quiz', questions: WITHDRAWAL_QUIZ }],
    [FIRST_WEEK_REVIEW, REVIEW],
  ]),
};

/** 28 days: a weekly goal lowered step by step from the person's own weeks (weeklyGoal.ts). */
export const REDUIRE_28_JOURS: Programme = {
  id: 'reduire-28-jours',
  kind: 'reduction',
  title: { fr: 'Réduire en 28 jours', en: 'Cut down in 28 days' },
  summary: {
    fr: '4 semaines pour boire moins, pas à pas : chaque semaine, un objectif proposé à partir de vos propres semaines.',
    en: '4 weeks to drink less, step by step: each week, a goal proposed from your own weeks.',
  },
  days: days([
    [GOAL_START, GOAL],
    [WHY_A_DIARY, DIARY],
    [MOTIVATIONS, exercise('motivations')],
    [DRINK_FREE_DAYS, { kind: 'quiz', questions: REPERES_QUIZ }],
    [RISK_SITUATIONS, exercise('risk-situations')],
    [IF_THEN_PLANS, exercise('coping-plan')],
    [CHECK_IN, exercise('rulers')],
    [GOAL_NEXT, GOAL],
    [SLEEP, DIARY],
    [CALORIES, { kind: 'quiz', questions: STANDARD_DRINK_QUIZ }],
    [PARTIES, exercise('harm-reduction')],
    [SAYING_NO, DIARY],
    [DECISIONAL_BALANCE, exercise('decisional-balance')],
    [CHECK_IN, exercise('rulers')],
    [GOAL_NEXT, GOAL],
    [CRAVING_WAVE, DIARY],
    [WITHDRAWAL_SIGNS, { kind: 'quiz', questions: WITHDRAWAL_QUIZ }],
    [MONEY, DIARY],
    [EMOTIONS, exercise('coping-plan')],
    [ENTOURAGE, DIARY],
    [CHECK_IN, exercise('rulers')],
    [GOAL_NEXT, GOAL],
    [SLIPS, DIARY],
    [MYTHS, { kind: 'quiz', questions: MYTHS_QUIZ }],
    [FREE_TIME, exercise('coping-plan')],
    [ALTERNATIVES, DIARY],
    [AFTER_PROGRAMME, exercise('motivations')],
    [PROGRAMME_END, REVIEW],
  ]),
};

/**
 * One month without alcohol (« Défi de Janvier » in January, programme.ts programmeTitle). 31 days, so a
 * whole January fits. It starts behind the safety gate (@oz/core deepCutSafety, plan 'break').
 */
export const MOIS_SANS_ALCOOL: Programme = {
  id: 'mois-sans-alcool',
  kind: 'break',
  title: { fr: 'Mois sans alcool', en: 'Alcohol-free month' },
  summary: {
    fr: 'Un mois de pause, un jour après l’autre, avec un texte et un petit exercice chaque jour.',
    en: 'A month’s break, one day at a time, with a short text and a small exercise each day.',
  },
  days: days([
    [BREAK_START, exercise('motivations')],
    [BREAK_FIRST_DAYS, { kind: 'quiz', questions: WITHDRAWAL_QUIZ }],
    [CRAVING_WAVE, exercise('coping-plan')],
    [RISK_SITUATIONS, exercise('risk-situations')],
    [WHY_A_DIARY, DIARY],
    [SAYING_NO, DIARY],
    [CHECK_IN, exercise('rulers')],
    [ALTERNATIVES, DIARY],
    [SLEEP, DIARY],
    [PARTIES, exercise('coping-plan')],
    [MONEY, DIARY],
    [EMOTIONS, exercise('coping-plan')],
    [STANDARD_DRINK, { kind: 'quiz', questions: STANDARD_DRINK_QUIZ }],
    [CHECK_IN, exercise('rulers')],
    [BREAK_HALFWAY, DIARY],
    [DECISIONAL_BALANCE, exercise('decisional-balance')],
    [CALORIES, DIARY],
    [ENTOURAGE, DIARY],
    [SLIPS, DIARY],
    [FREE_TIME, exercise('coping-plan')],
    [CHECK_IN, exercise('rulers')],
    [MYTHS, { kind: 'quiz', questions: MYTHS_QUIZ }],
    [MOTIVATIONS, exercise('motivations')],
    [DRINK_FREE_DAYS, DIARY],
    [IF_THEN_PLANS, exercise('coping-plan')],
    [HOW_TO_REDUCE, DIARY],
    [REPERES, { kind: 'quiz', questions: REPERES_QUIZ }],
    [CHECK_IN, exercise('rulers')],
    [AFTER_PROGRAMME, DIARY],
    [BREAK_AFTER, GOAL],
    [PROGRAMME_END, REVIEW],
  ]),
};
