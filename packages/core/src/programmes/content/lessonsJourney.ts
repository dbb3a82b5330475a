import {
  SOURCE_BENEFITS,
  SOURCE_DEPENDENCE,
  SOURCE_DRY_JANUARY_STUDY,
  SOURCE_HAS_BRIEF_INTERVENTION,
  SOURCE_IMPLEMENTATION_INTENTIONS,
  SOURCE_REPERES,
  SOURCE_WITHDRAWAL,
} from '../sources.js';
import type { Lesson } from './lesson.js';

/*
 * The lessons that mark the way: setting the week's goal, starting and living a month without alcohol,
 * slips, and the end of a programme. Our words; the facts come from the sources.
 */

export const GOAL_START: Lesson = {
  title: { fr: 'Votre premier objectif', en: 'Your first goal' },
  paragraphs: [
    {
      fr: 'Ce programme baisse votre objectif pas à pas, semaine après semaine, à partir de ce que vous buvez aujourd’hui. Réduire progressivement est plus facile à tenir et plus sûr qu’un arrêt brutal.',
      en: 'This programme lowers your goal step by step, week after week, from what you drink today. Cutting down gradually is easier to keep up and safer than stopping abruptly.',
    },
    {
      fr: 'Oz vous propose un nombre de verres pour cette semaine. C’est vous qui décidez : vous pouvez le garder ou le changer.',
      en: 'Oz proposes a number of drinks for this week. You decide: you can keep it or change it.',
    },
  ],
  sources: [SOURCE_HAS_BRIEF_INTERVENTION, SOURCE_WITHDRAWAL],
  articles: ['reperes'],
};

export const GOAL_NEXT: Lesson = {
  title: { fr: 'L’objectif de la semaine', en: 'This week’s goal' },
  paragraphs: [
    {
      fr: 'Nouvelle semaine, nouvelle marche. Si la semaine passée a été difficile, Oz vous propose de garder le même objectif : il n’y a aucune course.',
      en: 'New week, new step. If last week was hard, Oz proposes keeping the same goal: there is no race.',
    },
    {
      fr: 'Regardez votre journal : quels jours ont été les plus faciles, et pourquoi ?',
      en: 'Look at your diary: which days were easiest, and why?',
    },
  ],
  sources: [SOURCE_HAS_BRIEF_INTERVENTION],
  articles: [],
};

export const SLIPS: Lesson = {
  title: { fr: 'Un écart n’est pas un échec', en: 'A slip is not a failure' },
  paragraphs: [
    {
      fr: 'Il arrive de boire plus que prévu. Ce n’est pas une raison d’abandonner : c’est une information sur une situation difficile.',
      en: 'Sometimes you drink more than planned. It is no reason to give up: it tells you about a difficult situation.',
    },
    {
      fr: 'Notez-le dans le journal sans vous juger, puis demandez-vous ce qui vous aiderait la prochaine fois.',
      en: 'Note it in the diary without judging yourself, then ask what would help you next time.',
    },
  ],
  sources: [SOURCE_IMPLEMENTATION_INTENTIONS],
  articles: ['cravings'],
};

export const MYTHS: Lesson = {
  title: { fr: 'Idées reçues', en: 'Common myths' },
  paragraphs: [
    {
      fr: 'Le café, la douche froide ou le grand air ne font pas baisser l’alcool dans le sang : seul le temps l’élimine, et il faut des heures.',
      en: 'Coffee, a cold shower or fresh air do not lower blood alcohol: only time removes it, and it takes hours.',
    },
    {
      fr: '« Bien tenir l’alcool » n’est pas une protection : c’est souvent le signe que le corps s’y est habitué.',
      en: '“Holding your drink well” is no protection: it is often a sign that the body has got used to alcohol.',
    },
  ],
  sources: [SOURCE_REPERES, SOURCE_DEPENDENCE],
  articles: ['driving-and-work', 'health-risks'],
};

export const ALTERNATIVES: Lesson = {
  title: { fr: 'Que boire à la place ?', en: 'What to drink instead?' },
  paragraphs: [
    {
      fr: 'Eau pétillante avec du citron, bières et vins sans alcool, jus, thés glacés : avoir quelque chose de bon à boire aide à garder le plaisir du moment.',
      en: 'Sparkling water with lemon, alcohol-free beers and wines, juices, iced teas: having something nice to drink keeps the pleasure of the moment.',
    },
    {
      fr: 'Attention : les boissons dites « sans alcool » peuvent en contenir un peu, et leur goût rappelle parfois l’envie.',
      en: 'Careful: so-called “alcohol-free” drinks may contain a little, and their taste can sometimes bring the craving back.',
    },
  ],
  sources: [SOURCE_BENEFITS],
  articles: ['saying-no'],
};

export const FREE_TIME: Lesson = {
  title: { fr: 'Occuper autrement ses soirées', en: 'Spending evenings differently' },
  paragraphs: [
    {
      fr: 'Quand un verre remplissait un moment de la journée, ce moment a besoin d’autre chose : une activité, une promenade, un appel, un loisir oublié.',
      en: 'When a drink used to fill a moment of the day, that moment needs something else: an activity, a walk, a call, a forgotten hobby.',
    },
    {
      fr: 'Préparez une courte liste de choses à faire à ces heures-là.',
      en: 'Prepare a short list of things to do at those hours.',
    },
  ],
  sources: [SOURCE_IMPLEMENTATION_INTENTIONS],
  articles: ['cravings'],
};

export const AFTER_PROGRAMME: Lesson = {
  title: { fr: 'Et après ?', en: 'What next?' },
  paragraphs: [
    {
      fr: 'La fin approche. Pensez à ce que vous voulez garder : des jours sans alcool, un objectif par semaine, vos plans « si… alors… ».',
      en: 'The end is near. Think about what you want to keep: drink-free days, a weekly goal, your “if… then…” plans.',
    },
    {
      fr: 'Le journal et vos objectifs restent dans Oz. Vous pouvez aussi parler à un professionnel à tout moment.',
      en: 'Your diary and goals stay in Oz. You can also talk to a professional at any time.',
    },
  ],
  sources: [SOURCE_HAS_BRIEF_INTERVENTION],
  articles: ['getting-help'],
};

export const BREAK_START: Lesson = {
  title: { fr: 'Un mois sans alcool', en: 'A month without alcohol' },
  paragraphs: [
    {
      fr: 'Faire une pause d’un mois permet de voir la place que l’alcool prend dans vos journées. Les personnes qui l’ont fait boivent souvent moins dans les mois qui suivent, même quand le mois n’a pas été parfait.',
      en: 'Taking a month’s break shows you the place alcohol takes in your days. People who did it often drink less in the following months, even when the month was not perfect.',
    },
    {
      fr: 'Notez pourquoi vous le faites : ces raisons vous porteront pendant le mois.',
      en: 'Note why you are doing it: these reasons will carry you through the month.',
    },
  ],
  sources: [SOURCE_DRY_JANUARY_STUDY, SOURCE_BENEFITS],
  articles: ['health-risks'],
};

export const BREAK_FIRST_DAYS: Lesson = {
  title: { fr: 'Les premiers jours : écoutez votre corps', en: 'The first days: listen to your body' },
  paragraphs: [
    {
      fr: 'Si, dans les jours qui suivent l’arrêt, vous avez des tremblements, des sueurs, une forte angoisse ou du mal à dormir, ce peut être un manque.',
      en: 'If, in the days after stopping, you have shaking, sweating, strong anxiety or trouble sleeping, it may be withdrawal.',
    },
    {
      fr: 'Dans ce cas, ne continuez pas sans aide : parlez-en tout de suite à un médecin ou appelez Alcool Info Service. En cas de convulsions ou de confusion, appelez le 15.',
      en: 'If so, do not go on without help: talk to a doctor straight away or call Alcool Info Service. In case of seizures or confusion, call 15 (112 in Europe).',
    },
  ],
  sources: [SOURCE_WITHDRAWAL, SOURCE_DEPENDENCE],
  articles: ['withdrawal', 'getting-help'],
};

export const BREAK_HALFWAY: Lesson = {
  title: { fr: 'À mi-chemin', en: 'Halfway there' },
  paragraphs: [
    {
      fr: 'Deux semaines sont passées. Beaucoup de personnes remarquent alors un meilleur sommeil, plus d’énergie, un esprit plus clair.',
      en: 'Two weeks have gone by. Many people then notice better sleep, more energy, a clearer mind.',
    },
    {
      fr: 'Et vous, qu’avez-vous remarqué ? Si vous avez bu un jour, notez-le et reprenez simplement le lendemain.',
      en: 'And you, what have you noticed? If you drank one day, note it and simply start again the next day.',
    },
  ],
  sources: [SOURCE_BENEFITS],
  articles: ['sleep'],
};

export const BREAK_AFTER: Lesson = {
  title: { fr: 'Après le mois', en: 'After the month' },
  paragraphs: [
    {
      fr: 'Le mois se termine. Plutôt que de reprendre comme avant, choisissez la place que vous voulez laisser à l’alcool : des jours sans alcool, un nombre de verres par semaine.',
      en: 'The month is ending. Rather than going back to how things were, choose the place you want to give alcohol: drink-free days, a number of drinks a week.',
    },
    {
      fr: 'Les repères restent une bonne boussole : pas plus de 10 verres par semaine, 2 par jour, et pas tous les jours.',
      en: 'The guidelines remain a good compass: no more than 10 drinks a week, 2 a day, and not every day.',
    },
  ],
  sources: [SOURCE_REPERES, SOURCE_DRY_JANUARY_STUDY],
  articles: ['reperes'],
};

export const PROGRAMME_END: Lesson = {
  title: { fr: 'Le bilan', en: 'Your review' },
  paragraphs: [
    {
      fr: 'Voici la fin du programme. Quel que soit le chemin parcouru, vous en savez plus sur vos habitudes et sur ce qui vous aide.',
      en: 'This is the end of the programme. Whatever the distance covered, you know more about your habits and what helps you.',
    },
    {
      fr: 'Refaites le questionnaire pour comparer avec le début. Si le résultat vous inquiète, un professionnel peut vous accompagner, gratuitement.',
      en: 'Take the questionnaire again to compare with the start. If the result worries you, a professional can support you, free of charge.',
    },
  ],
  sources: [SOURCE_HAS_BRIEF_INTERVENTION],
  articles: ['getting-help'],
};
