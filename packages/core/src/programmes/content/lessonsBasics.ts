import {
  SOURCE_BENEFITS,
  SOURCE_DEPENDENCE,
  SOURCE_HAS_BRIEF_INTERVENTION,
  SOURCE_IMPLEMENTATION_INTENTIONS,
  SOURCE_REPERES,
  SOURCE_STANDARD_DRINK,
  SOURCE_WITHDRAWAL,
} from '../sources.js';
import type { Lesson } from './lesson.js';

/*
 * The lessons of « Premiers pas » (understand, repères, motivations, risk situations, how to reduce, signs
 * of withdrawal, review), also used by the longer programmes. Our words; the facts come from the sources.
 */

export const STANDARD_DRINK: Lesson = {
  title: { fr: 'Comprendre ce que l’on boit', en: 'Understanding what you drink' },
  paragraphs: [
    {
      fr: 'En France, un verre standard contient 10 g d’alcool pur. C’est ce que sert un bar : un demi de bière, un verre de vin ou un petit verre d’alcool fort.',
      en: 'In France, a standard drink holds 10 g of pure alcohol. It is what a bar serves: a half pint of beer, a glass of wine or a small measure of spirits.',
    },
    {
      fr: 'À la maison, les verres sont souvent plus grands et plus remplis. Compter en verres standard permet de savoir vraiment combien on boit, quelle que soit la boisson.',
      en: 'At home, glasses are often bigger and fuller. Counting in standard drinks tells you how much you really drink, whatever the drink.',
    },
  ],
  sources: [SOURCE_STANDARD_DRINK],
  articles: ['standard-drink'],
};

export const REPERES: Lesson = {
  title: { fr: 'Les repères', en: 'The low-risk guidelines' },
  paragraphs: [
    {
      fr: 'Pour limiter les risques, les repères français sont : pas plus de 10 verres standard par semaine, pas plus de 2 verres par jour, et des jours sans alcool chaque semaine.',
      en: 'To limit the risks, the French guidelines are: no more than 10 standard drinks a week, no more than 2 drinks a day, and days without alcohol every week.',
    },
    {
      fr: 'Ce sont des limites, pas des objectifs : moins, c’est mieux. Pendant la grossesse et avant 18 ans, le repère est zéro.',
      en: 'These are limits, not targets: less is better. During pregnancy and under 18, the guideline is zero.',
    },
  ],
  sources: [SOURCE_REPERES],
  articles: ['reperes', 'pregnancy'],
};

export const MOTIVATIONS: Lesson = {
  title: { fr: 'Ce qui compte pour vous', en: 'What matters to you' },
  paragraphs: [
    {
      fr: 'Boire moins apporte souvent un meilleur sommeil, plus d’énergie, des économies, moins de tensions avec les proches. Chacun a ses propres raisons.',
      en: 'Drinking less often brings better sleep, more energy, savings and less tension with loved ones. Everyone has their own reasons.',
    },
    {
      fr: 'Les raisons que vous choisissez vous-même sont celles qui tiennent dans les moments difficiles. Les écrire aide à s’en souvenir.',
      en: 'The reasons you choose yourself are the ones that hold in hard moments. Writing them down helps you remember them.',
    },
  ],
  sources: [SOURCE_BENEFITS, SOURCE_HAS_BRIEF_INTERVENTION],
  articles: ['health-risks'],
};

export const RISK_SITUATIONS: Lesson = {
  title: { fr: 'Vos situations à risque', en: 'Your risky situations' },
  paragraphs: [
    {
      fr: 'On boit rarement au hasard. Certaines situations y poussent : une soirée, la fin d’une journée de travail, la solitude, le stress, l’ennui.',
      en: 'People rarely drink at random. Some situations push towards it: a party, the end of a working day, loneliness, stress, boredom.',
    },
    {
      fr: 'Les connaître, c’est pouvoir s’y préparer. Repérez les vôtres : Oz vous aidera ensuite à prévoir quoi faire à ces moments-là.',
      en: 'Knowing them means you can prepare. Spot yours: Oz will then help you plan what to do at those moments.',
    },
  ],
  sources: [SOURCE_HAS_BRIEF_INTERVENTION],
  articles: ['cravings'],
};

export const HOW_TO_REDUCE: Lesson = {
  title: { fr: 'Comment réduire', en: 'How to cut down' },
  paragraphs: [
    {
      fr: 'Un objectif précis aide plus qu’une bonne intention : un nombre de verres par semaine, des jours sans alcool choisis à l’avance. Toute réduction compte.',
      en: 'A precise goal helps more than a good intention: a number of drinks a week, drink-free days chosen in advance. Any reduction counts.',
    },
    {
      fr: 'Quelques gestes simples : boire de l’eau entre deux verres, manger en buvant, se servir moins, commencer plus tard dans la soirée.',
      en: 'A few simple steps: drink water between drinks, eat while drinking, pour smaller drinks, start later in the evening.',
    },
  ],
  sources: [SOURCE_HAS_BRIEF_INTERVENTION, SOURCE_BENEFITS],
  articles: ['harm-reduction', 'saying-no'],
};

export const WITHDRAWAL_SIGNS: Lesson = {
  title: { fr: 'Les signes de manque', en: 'Signs of withdrawal' },
  paragraphs: [
    {
      fr: 'Quand le corps s’est habitué à l’alcool, boire moins d’un coup peut provoquer des signes de manque : tremblements, sueurs, angoisse, nausées, insomnie, parfois des convulsions.',
      en: 'When the body has got used to alcohol, drinking much less at once can cause withdrawal: shaking, sweating, anxiety, nausea, sleeplessness, sometimes seizures.',
    },
    {
      fr: 'Si vous avez ces signes, ou si vous buvez dès le matin, n’arrêtez pas sans aide : parlez-en à un médecin ou appelez Alcool Info Service. Un sevrage accompagné est sans danger.',
      en: 'If you have these signs, or drink first thing in the morning, do not stop alone: talk to a doctor or call Alcool Info Service. Withdrawal with medical support is safe.',
    },
  ],
  sources: [SOURCE_WITHDRAWAL, SOURCE_DEPENDENCE],
  articles: ['withdrawal', 'getting-help'],
};

export const FIRST_WEEK_REVIEW: Lesson = {
  title: { fr: 'Le point sur votre semaine', en: 'Looking back on your week' },
  paragraphs: [
    {
      fr: 'En sept jours, vous avez appris à compter vos verres, découvert les repères, noté vos raisons et vos situations à risque.',
      en: 'In seven days, you have learnt to count your drinks, discovered the guidelines, noted your reasons and your risky situations.',
    },
    {
      fr: 'Refaire le questionnaire permet de voir où vous en êtes. Vous pouvez ensuite continuer avec un programme de réduction, ou simplement tenir votre journal.',
      en: 'Taking the questionnaire again shows where you stand. You can then go on with a reduction programme, or simply keep your diary.',
    },
  ],
  sources: [SOURCE_HAS_BRIEF_INTERVENTION],
  articles: ['getting-help'],
};

export const IF_THEN_PLANS: Lesson = {
  title: { fr: 'Prévoir : « si… alors… »', en: 'Planning ahead: “if… then…”' },
  paragraphs: [
    {
      fr: 'Décider à l’avance quoi faire dans une situation précise aide à tenir ses objectifs : « Si un collègue me propose un verre, alors je prends un jus de fruits. »',
      en: 'Deciding in advance what to do in a given situation helps you keep to your goals: “If a colleague offers me a drink, then I will have a juice.”',
    },
    {
      fr: 'Un plan court et concret marche mieux qu’une règle générale. Écrivez-en un pour votre situation la plus fréquente.',
      en: 'A short, concrete plan works better than a general rule. Write one for your most frequent situation.',
    },
  ],
  sources: [SOURCE_IMPLEMENTATION_INTENTIONS],
  articles: ['cravings'],
};
