import type { LocalizedText } from '../i18n.js';

/*
 * The questions asked before a deep cut (a break, or a goal below half of the recent weekly average) when
 * dependence signals exist or consumption is unknown (issue 8). Each one looks for a factor that makes
 * stopping alone dangerous, as listed by the SFA 2015 withdrawal recommendations and HAS/SFA orientation
 * (docs/clinical-rules.md §6): morning drinking or shakes (withdrawal relief), past withdrawal seizures or
 * délirium tremens (hospital withdrawal indicated), benzodiazepines or other sedatives (indicated at high
 * dose; cross-dependence), and a previous withdrawal or its symptoms. The wording is Oz's, in plain French.
 */

export const SAFETY_QUESTION_IDS = [
  'morning-drinking-or-shakes',
  'seizures-or-delirium-tremens',
  'sedatives',
  'previous-withdrawal',
] as const;
export type SafetyQuestionId = (typeof SAFETY_QUESTION_IDS)[number];

export interface SafetyQuestion {
  readonly id: SafetyQuestionId;
  readonly text: LocalizedText;
  /** Examples that help answer (what counts). */
  readonly hint?: LocalizedText;
}

export const SAFETY_QUESTIONS: readonly SafetyQuestion[] = [
  {
    id: 'morning-drinking-or-shakes',
    text: {
      fr: 'Vous arrive-t-il de boire dès le matin, ou d’avoir les mains qui tremblent le matin avant d’avoir bu\u00a0?',
      en: 'Do you sometimes drink first thing in the morning, or have shaky hands in the morning before drinking?',
    },
  },
  {
    id: 'seizures-or-delirium-tremens',
    text: {
      fr: 'Avez-vous déjà eu des convulsions (une crise d’épilepsie) ou un délirium tremens en arrêtant ou en diminuant l’alcool\u00a0?',
      en: 'Have you ever had a seizure (a fit) or delirium tremens when stopping or cutting down on alcohol?',
    },
    hint: {
      fr: 'Le délirium tremens\u00a0: une grande confusion avec des tremblements, de la fièvre, parfois des hallucinations.',
      en: 'Delirium tremens: severe confusion with shaking, fever, sometimes hallucinations.',
    },
  },
  {
    id: 'sedatives',
    text: {
      fr: 'Prenez-vous des médicaments pour dormir ou contre l’angoisse, ou d’autres calmants\u00a0?',
      en: 'Do you take medicines to sleep or for anxiety, or other sedatives?',
    },
    hint: {
      fr: 'Par exemple des benzodiazépines (Xanax, Lexomil, Valium, Témesta…) ou des somnifères (Stilnox, Imovane).',
      en: 'For example benzodiazepines (Xanax, Valium, Ativan…) or sleeping pills (zolpidem, zopiclone).',
    },
  },
  {
    id: 'previous-withdrawal',
    text: {
      fr: 'Avez-vous déjà eu un sevrage (un arrêt suivi par un médecin ou à l’hôpital), ou des signes de manque en buvant moins\u00a0: sueurs, tremblements, angoisse, nuits sans sommeil\u00a0?',
      en: 'Have you ever been through withdrawal (stopping with a doctor or in hospital), or had withdrawal signs when drinking less: sweating, shaking, anxiety, sleepless nights?',
    },
  },
];

export type SafetyAnswer = 'yes' | 'no';

/** The person's answers; a missing answer is "not answered" (the person may prefer not to say). */
export type SafetyAnswers = Readonly<Partial<Record<SafetyQuestionId, SafetyAnswer>>>;

export function isSafetyQuestionId(value: unknown): value is SafetyQuestionId {
  return typeof value === 'string' && (SAFETY_QUESTION_IDS as readonly string[]).includes(value);
}
