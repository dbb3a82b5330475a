import {
  SOURCE_BENEFITS,
  SOURCE_HAS_BRIEF_INTERVENTION,
  SOURCE_PARTY,
  SOURCE_REPERES,
  SOURCE_STANDARD_DRINK,
} from '../sources.js';
import type { Lesson } from './lesson.js';

/*
 * Day-to-day lessons of the reduction and break programmes. Our words; the facts come from the sources.
 */

export const WHY_A_DIARY: Lesson = {
  title: { fr: 'Pourquoi tenir un journal', en: 'Why keep a diary' },
  paragraphs: [
    {
      fr: 'On sous-estime presque toujours ce que l’on boit. Noter chaque jour, même un jour sans alcool, donne une image juste de la semaine.',
      en: 'Almost everyone underestimates how much they drink. Noting every day, even a day without alcohol, gives a true picture of the week.',
    },
    {
      fr: 'Le journal sert aussi à voir vos progrès : des semaines qui baissent, des jours sans alcool qui s’ajoutent.',
      en: 'The diary also shows your progress: weeks going down, drink-free days adding up.',
    },
  ],
  sources: [SOURCE_HAS_BRIEF_INTERVENTION],
  articles: ['standard-drink'],
};

export const DRINK_FREE_DAYS: Lesson = {
  title: { fr: 'Des jours sans alcool', en: 'Drink-free days' },
  paragraphs: [
    {
      fr: 'Les repères demandent des jours sans alcool chaque semaine : ils évitent que boire devienne une habitude quotidienne.',
      en: 'The guidelines ask for drink-free days every week: they keep drinking from becoming a daily habit.',
    },
    {
      fr: 'Choisissez des jours où c’est plus facile, par exemple en début de semaine, et gardez-les d’une semaine à l’autre.',
      en: 'Pick days when it is easier, for example early in the week, and keep them from one week to the next.',
    },
  ],
  sources: [SOURCE_REPERES],
  articles: ['reperes'],
};

export const CHECK_IN: Lesson = {
  title: { fr: 'Où en êtes-vous ?', en: 'Where do you stand?' },
  paragraphs: [
    {
      fr: 'Une semaine vient de passer. Sur une échelle de 0 à 10, à quel point est-ce important pour vous de boire moins, et à quel point vous sentez-vous capable d’y arriver ?',
      en: 'A week has gone by. On a scale of 0 to 10, how important is drinking less to you, and how confident do you feel you can do it?',
    },
    {
      fr: 'Il n’y a pas de bonne réponse. Si la confiance est basse, demandez-vous ce qui la ferait monter d’un point.',
      en: 'There is no right answer. If confidence is low, ask yourself what would raise it by one point.',
    },
  ],
  sources: [SOURCE_HAS_BRIEF_INTERVENTION],
  articles: [],
};

export const SLEEP: Lesson = {
  title: { fr: 'Alcool et sommeil', en: 'Alcohol and sleep' },
  paragraphs: [
    {
      fr: 'L’alcool aide parfois à s’endormir, mais il rend le sommeil plus léger et plus agité en seconde partie de nuit.',
      en: 'Alcohol sometimes helps you fall asleep, but it makes sleep lighter and more restless in the second half of the night.',
    },
    {
      fr: 'Beaucoup de personnes qui boivent moins remarquent en quelques semaines qu’elles se réveillent plus reposées.',
      en: 'Many people who drink less notice within a few weeks that they wake up more rested.',
    },
  ],
  sources: [SOURCE_BENEFITS],
  articles: ['sleep'],
};

export const CALORIES: Lesson = {
  title: { fr: 'Les calories cachées', en: 'Hidden calories' },
  paragraphs: [
    {
      fr: 'L’alcool apporte des calories sans rien d’utile pour le corps : 7 kcal par gramme, soit environ 70 kcal par verre standard, sans compter le sucre des bières et des cocktails.',
      en: 'Alcohol brings calories with nothing useful for the body: 7 kcal per gram, about 70 kcal per standard drink, not counting the sugar in beers and cocktails.',
    },
    {
      fr: 'Boire moins aide souvent à retrouver un poids qui vous convient, sans régime.',
      en: 'Drinking less often helps you get back to a weight you are happy with, without dieting.',
    },
  ],
  sources: [SOURCE_STANDARD_DRINK, SOURCE_BENEFITS],
  articles: ['calories'],
};

export const PARTIES: Lesson = {
  title: { fr: 'Les soirées', en: 'Parties' },
  paragraphs: [
    {
      fr: 'Avant une soirée, décidez combien vous boirez et comment vous rentrerez. Mangez avant et pendant, alternez avec de l’eau.',
      en: 'Before a party, decide how much you will drink and how you will get home. Eat before and during, alternate with water.',
    },
    {
      fr: 'Ne conduisez jamais après avoir bu, et veillez sur vos amis comme ils veillent sur vous.',
      en: 'Never drive after drinking, and look after your friends as they look after you.',
    },
  ],
  sources: [SOURCE_PARTY],
  articles: ['harm-reduction', 'driving-and-work'],
};

export const SAYING_NO: Lesson = {
  title: { fr: 'Savoir dire non', en: 'Saying no' },
  paragraphs: [
    {
      fr: 'Refuser un verre n’a pas besoin d’explication. Un « non merci » simple, dit avec le sourire, suffit le plus souvent.',
      en: 'Turning down a drink needs no explanation. A simple “no thanks”, said with a smile, is usually enough.',
    },
    {
      fr: 'Avoir déjà un verre sans alcool à la main évite bien des propositions. Préparez votre phrase à l’avance.',
      en: 'Already holding an alcohol-free drink avoids many offers. Prepare your sentence in advance.',
    },
  ],
  sources: [SOURCE_PARTY],
  articles: ['saying-no'],
};

export const DECISIONAL_BALANCE: Lesson = {
  title: { fr: 'Le pour et le contre', en: 'Pros and cons' },
  paragraphs: [
    {
      fr: 'Changer a des avantages, mais aussi un coût : renoncer à un plaisir, à un moment partagé. Les deux sont réels.',
      en: 'Changing has benefits, but also a cost: giving up a pleasure, a shared moment. Both are real.',
    },
    {
      fr: 'Mettre les deux côtés par écrit aide à voir ce qui pèse le plus pour vous, aujourd’hui.',
      en: 'Writing both sides down helps you see what weighs most for you, today.',
    },
  ],
  sources: [SOURCE_HAS_BRIEF_INTERVENTION],
  articles: [],
};

export const CRAVING_WAVE: Lesson = {
  title: { fr: 'L’envie passe', en: 'Cravings pass' },
  paragraphs: [
    {
      fr: 'Une envie de boire monte comme une vague, puis redescend, souvent en moins de vingt minutes.',
      en: 'A craving rises like a wave, then falls, often within twenty minutes.',
    },
    {
      fr: 'Pour la laisser passer : respirer lentement, bouger, boire autre chose, appeler quelqu’un. Le bouton « Envie de boire ? » est là pour ces moments.',
      en: 'To let it pass: breathe slowly, move, drink something else, call someone. The “Craving?” button is there for those moments.',
    },
  ],
  sources: [SOURCE_BENEFITS],
  articles: ['cravings'],
};

export const MONEY: Lesson = {
  title: { fr: 'L’argent économisé', en: 'Money saved' },
  paragraphs: [
    {
      fr: 'Quelques verres par semaine représentent vite plusieurs centaines d’euros par an.',
      en: 'A few drinks a week soon add up to several hundred euros a year.',
    },
    {
      fr: 'Les gains d’Oz vous montrent ce que vous économisez. Pensez à ce que vous aimeriez en faire.',
      en: 'Oz’s savings page shows what you save. Think about what you would like to do with it.',
    },
  ],
  sources: [SOURCE_BENEFITS],
  articles: [],
};

export const EMOTIONS: Lesson = {
  title: { fr: 'Boire pour aller mieux ?', en: 'Drinking to feel better?' },
  paragraphs: [
    {
      fr: 'L’alcool soulage un moment le stress, la tristesse ou l’angoisse, mais il les renforce ensuite.',
      en: 'Alcohol relieves stress, sadness or anxiety for a moment, but makes them worse afterwards.',
    },
    {
      fr: 'Trouvez d’autres moyens de vous apaiser : marcher, parler, respirer. Si votre moral est bas depuis longtemps, parlez-en à un professionnel.',
      en: 'Find other ways to calm down: walking, talking, breathing. If your mood has been low for a long time, talk to a professional.',
    },
  ],
  sources: [SOURCE_BENEFITS, SOURCE_HAS_BRIEF_INTERVENTION],
  articles: ['getting-help'],
};

export const ENTOURAGE: Lesson = {
  title: { fr: 'Vos proches', en: 'The people around you' },
  paragraphs: [
    {
      fr: 'Dire à une ou deux personnes de confiance ce que vous faites peut beaucoup aider : elles comprendront vos refus et vous encourageront.',
      en: 'Telling one or two people you trust what you are doing can help a lot: they will understand when you say no and cheer you on.',
    },
    {
      fr: 'Vous choisissez à qui vous le dites, et ce que vous dites.',
      en: 'You choose whom you tell, and what you say.',
    },
  ],
  sources: [SOURCE_HAS_BRIEF_INTERVENTION],
  articles: ['entourage'],
};
