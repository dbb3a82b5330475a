import type { QuizQuestion } from '../programme.js';

/*
 * Quiz questions: they teach, they do not grade (every answer shows the explanation). Facts from the sources
 * of the lesson they go with (lessonsBasics.ts).
 */

export const STANDARD_DRINK_QUIZ: readonly QuizQuestion[] = [
  {
    id: 'which-holds-most',
    question: {
      fr: 'Lequel contient le plus d’alcool : un demi de bière (25 cl à 5 %), un verre de vin (10 cl à 12 %) ou un petit verre de whisky (3 cl à 40 %) ?',
      en: 'Which holds the most alcohol: a half pint of beer (25 cl at 5%), a glass of wine (10 cl at 12%) or a small whisky (3 cl at 40%)?',
    },
    options: [
      { fr: 'Le demi de bière', en: 'The half pint of beer' },
      { fr: 'Le verre de vin', en: 'The glass of wine' },
      { fr: 'Le whisky', en: 'The whisky' },
      { fr: 'Autant dans les trois', en: 'The same in all three' },
    ],
    answer: 3,
    explanation: {
      fr: 'Servis au bar, ils contiennent chacun environ 10 g d’alcool pur : un verre standard.',
      en: 'Served in a bar, each holds about 10 g of pure alcohol: one standard drink.',
    },
  },
];

export const REPERES_QUIZ: readonly QuizQuestion[] = [
  {
    id: 'weekly-limit',
    question: {
      fr: 'Selon les repères, combien de verres standard par semaine au maximum ?',
      en: 'According to the guidelines, how many standard drinks a week at most?',
    },
    options: [
      { fr: '5', en: '5' },
      { fr: '10', en: '10' },
      { fr: '21', en: '21' },
    ],
    answer: 1,
    explanation: {
      fr: 'Pas plus de 10 verres par semaine, pas plus de 2 par jour, et pas tous les jours.',
      en: 'No more than 10 drinks a week, no more than 2 a day, and not every day.',
    },
  },
  {
    id: 'every-day',
    question: {
      fr: 'Boire 1 verre chaque jour de la semaine respecte-t-il les repères ?',
      en: 'Does drinking 1 drink every day of the week keep to the guidelines?',
    },
    options: [
      { fr: 'Oui', en: 'Yes' },
      { fr: 'Non', en: 'No' },
    ],
    answer: 1,
    explanation: {
      fr: 'Non : les repères demandent aussi des jours sans alcool chaque semaine.',
      en: 'No: the guidelines also ask for drink-free days every week.',
    },
  },
];

export const WITHDRAWAL_QUIZ: readonly QuizQuestion[] = [
  {
    id: 'sign-of-withdrawal',
    question: {
      fr: 'Lequel de ces signes peut montrer un manque d’alcool ?',
      en: 'Which of these signs may show alcohol withdrawal?',
    },
    options: [
      { fr: 'Des mains qui tremblent le matin', en: 'Shaky hands in the morning' },
      { fr: 'Avoir faim', en: 'Being hungry' },
      { fr: 'Bien dormir', en: 'Sleeping well' },
    ],
    answer: 0,
    explanation: {
      fr: 'Tremblements, sueurs, angoisse, insomnie : si vous les avez en buvant moins, parlez-en à un médecin avant d’aller plus loin.',
      en: 'Shaking, sweating, anxiety, sleeplessness: if you have them when drinking less, talk to a doctor before going further.',
    },
  },
  {
    id: 'stop-alone',
    question: {
      fr: 'Une personne qui a ces signes peut-elle arrêter l’alcool du jour au lendemain, sans aide ?',
      en: 'Can someone with these signs stop alcohol overnight, without help?',
    },
    options: [
      { fr: 'Oui, il suffit de volonté', en: 'Yes, it only takes willpower' },
      { fr: 'Non, c’est dangereux sans accompagnement', en: 'No, it is dangerous without support' },
    ],
    answer: 1,
    explanation: {
      fr: 'Un arrêt brutal peut provoquer des convulsions ou un délirium tremens. Un médecin peut accompagner le sevrage, sans danger.',
      en: 'Stopping abruptly can cause seizures or delirium tremens. A doctor can support withdrawal safely.',
    },
  },
];

export const MYTHS_QUIZ: readonly QuizQuestion[] = [
  {
    id: 'coffee',
    question: {
      fr: 'Un café serré fait-il baisser l’alcool dans le sang ?',
      en: 'Does a strong coffee lower blood alcohol?',
    },
    options: [
      { fr: 'Oui', en: 'Yes' },
      { fr: 'Non', en: 'No' },
    ],
    answer: 1,
    explanation: {
      fr: 'Non : seul le temps élimine l’alcool. Le café réveille un peu, mais l’alcool est toujours là.',
      en: 'No: only time removes alcohol. Coffee wakes you up a little, but the alcohol is still there.',
    },
  },
];
