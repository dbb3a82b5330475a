import type { ProgrammeExercise } from '@oz/core';
import { useI18n } from '../../i18n/I18nProvider.js';
import { render } from '../../i18n/format.js';
import type { Locale, Message, MessageValues } from '../../i18n/types.js';

/*
 * Words of the programme screens, French first and English complete. The days' texts are @oz/core data
 * (programmes/content); these are the screens around them. Kept beside the feature so they ship in its
 * lazy chunks.
 */
const fr = {
  'list.intro':
    'Chaque jour, un texte court et une petite action. Un nouveau jour s’ouvre chaque jour ; si vous faites une pause, vous reprenez là où vous en étiez.',
  'list.days': { one: '{count} jour', other: '{count} jours' },
  'list.progress': 'Jour {done} sur {total}',
  'list.finished': 'Terminé le {date}',
  'list.open': 'Voir le programme',
  'list.start': 'Commencer',
  'list.startBreak': 'Commencer : {title}',
  'list.breakNote':
    'Arrêter l’alcool d’un coup n’est pas sans risque quand le corps y est habitué : quelques questions de sécurité peuvent venir d’abord.',
  'list.started': 'Programme commencé. Voici votre premier jour.',

  'programme.daysTitle': 'Les jours',
  'programme.day': 'Jour {day}',
  'programme.openDay': 'Ouvrir le jour {day}',
  'programme.nextTomorrow': 'Le jour {day} s’ouvrira demain.',
  'programme.nextOn': 'Le jour {day} s’ouvrira le {date}.',
  'programme.welcomeBack': 'Bon retour ! Vous reprenez au jour {day}, là où vous en étiez.',
  'programme.done': 'Fait le {date}',
  'programme.toDo': 'À faire',
  'programme.locked': 'Pas encore ouvert',
  'programme.finished': 'Programme terminé le {date}. Bravo pour le chemin parcouru.',
  'programme.notStarted': 'Vous n’avez pas encore commencé ce programme.',
  'programme.stop': 'Arrêter ce programme',
  'programme.stopConfirm': 'Oui, arrêter',
  'programme.stopCancel': 'Non, continuer',
  'programme.stopQuestion': 'Arrêter ce programme ? Vos jours faits restent enregistrés.',
  'programme.stopped': 'Vous avez arrêté ce programme le {date}.',
  'programme.restart': 'Recommencer ce programme',
  'programme.back': 'Tous les programmes',

  'day.heading': 'Jour {day} : {title}',
  'day.action': 'Votre action du jour',
  'day.sources': 'Sources',
  'day.read': 'Pour aller plus loin',
  'day.complete': 'Terminer le jour {day}',
  'day.completeHint': 'Faites l’action ci-dessus pour terminer ce jour.',
  'day.completed': 'Jour {day} terminé. Le suivant s’ouvrira demain.',
  'day.completedLast': 'Programme terminé. Bravo !',
  'day.locked': 'Ce jour n’est pas encore ouvert.',
  'day.doneOn': 'Vous avez fait ce jour le {date}.',
  'day.notFound': 'Ce jour n’existe pas dans ce programme.',
  'day.back': 'Retour au programme',

  'quiz.prompt': 'Répondez à ces questions : chaque réponse est expliquée.',
  'quiz.right': 'Bonne réponse.',
  'quiz.wrong': 'Pas tout à fait.',

  'exercise.motivations': 'Cochez vos raisons de boire moins, puis enregistrez.',
  'exercise.risk-situations': 'Cochez les situations où vous buvez le plus souvent, puis enregistrez.',
  'exercise.decisional-balance': 'Écrivez au moins une idée de chaque côté, puis enregistrez.',
  'exercise.rulers': 'Répondez aux deux échelles, puis enregistrez.',
  'exercise.coping-plan': 'Écrivez un plan « si… alors… » pour une situation qui vous concerne.',
  'exercise.harm-reduction': 'Lisez les conseils pour une soirée, puis revenez ici.',
  'exercise.save': 'Enregistrer',
  'exercise.saved': 'Enregistré.',
  'exercise.error': 'Ce n’a pas pu être enregistré : vérifiez ce que vous avez écrit.',
  'exercise.openPlans': 'Écrire mes plans « si… alors… »',
  'exercise.plans': {
    zero: 'Vous n’avez pas encore de plan.',
    one: 'Vous avez {count} plan : c’est fait.',
    other: 'Vous avez {count} plans : c’est fait.',
  },
  'exercise.openHarmReduction': 'Lire les conseils pour une soirée',
  'exercise.readDone': 'J’ai lu les conseils',
  'exercise.readConfirmed': 'C’est noté.',

  'goal.prompt': 'Choisissez votre objectif pour cette semaine.',
  'goal.proposal':
    'Oz vous propose au plus {count} verres standard cette semaine, à partir de vos semaines récentes (environ {baseline} verres par semaine).',
  'goal.held': 'La semaine passée a dépassé son objectif : Oz vous propose de le garder, sans vous presser.',
  'goal.noBaseline':
    'Oz ne connaît pas encore vos semaines : choisissez un nombre qui vous paraît réaliste. Remplir le journal permettra de proposer la suite.',
  'goal.alreadyLow':
    'Vous buvez déjà moins d’un verre par semaine : gardez ce cap, ou choisissez votre objectif.',
  'goal.label': 'Verres standard au plus cette semaine',
  'goal.deepCut':
    'C’est moins de la moitié de vos semaines récentes : une baisse aussi forte passe d’abord par quelques questions de sécurité.',
  'goal.save': 'Choisir cet objectif',
  'goal.saved': 'Objectif enregistré : {count} verres au plus par semaine.',
  'goal.invalid': 'Entrez un nombre de verres, 0 ou plus.',
  'goal.done': 'Objectif de la semaine : {count} verres au plus.',

  'diary.prompt': 'Remplissez votre journal pour hier ou aujourd’hui, même un jour sans alcool.',
  'diary.today': 'Remplir aujourd’hui',
  'diary.yesterday': 'Remplir hier',
  'diary.filled': 'C’est fait : votre journal est rempli.',
  'diary.notYet': 'Votre journal n’est pas encore rempli pour hier ni pour aujourd’hui.',

  'review.prompt': 'Refaites le questionnaire pour comparer avec le début du programme.',
  'review.take': 'Refaire le questionnaire',
  'review.caption': 'Votre score au questionnaire {name}, avant et après le programme',
  'review.when': 'Quand',
  'review.score': 'Score',
  'review.before': 'Avant',
  'review.after': 'Après',
  'review.outOf': '{score} sur {max}',
  'review.lower': 'Votre score est plus bas qu’au début : moins de signes de risque.',
  'review.same': 'Votre score est le même qu’au début.',
  'review.higher':
    'Votre score est plus haut qu’au début. Un professionnel peut vous aider, gratuitement et en toute confidentialité.',
  'review.noBefore':
    'Vous n’aviez pas de résultat avant le programme : votre nouveau résultat servira de point de départ la prochaine fois.',
  'review.notYet': 'Pas encore de nouveau résultat depuis le début du programme.',
  'review.notComparable':
    'Les deux résultats viennent de questionnaires différents : ils ne se comparent pas.',
  'review.contact': 'Parler à un professionnel',
  'review.wellbeing': 'Faire le point sur votre bien-être',
  'review.finish': 'Vous pouvez terminer le programme, avec ou sans questionnaire.',
} as const satisfies Record<string, Message>;

export type ProgrammeMessageKey = keyof typeof fr;

const en: Record<ProgrammeMessageKey, Message> = {
  'list.intro':
    'Each day, a short text and a small action. A new day opens every day; if you take a break, you pick up where you left off.',
  'list.days': { one: '{count} day', other: '{count} days' },
  'list.progress': 'Day {done} of {total}',
  'list.finished': 'Finished on {date}',
  'list.open': 'See the programme',
  'list.start': 'Start',
  'list.startBreak': 'Start: {title}',
  'list.breakNote':
    'Stopping alcohol at once is not without risk when the body is used to it: a few safety questions may come first.',
  'list.started': 'Programme started. Here is your first day.',

  'programme.daysTitle': 'The days',
  'programme.day': 'Day {day}',
  'programme.openDay': 'Open day {day}',
  'programme.nextTomorrow': 'Day {day} will open tomorrow.',
  'programme.nextOn': 'Day {day} will open on {date}.',
  'programme.welcomeBack': 'Welcome back! You pick up at day {day}, where you left off.',
  'programme.done': 'Done on {date}',
  'programme.toDo': 'To do',
  'programme.locked': 'Not open yet',
  'programme.finished': 'Programme finished on {date}. Well done for the way you have come.',
  'programme.notStarted': 'You have not started this programme yet.',
  'programme.stop': 'Stop this programme',
  'programme.stopConfirm': 'Yes, stop',
  'programme.stopCancel': 'No, carry on',
  'programme.stopQuestion': 'Stop this programme? The days you did stay saved.',
  'programme.stopped': 'You stopped this programme on {date}.',
  'programme.restart': 'Start this programme again',
  'programme.back': 'All programmes',

  'day.heading': 'Day {day}: {title}',
  'day.action': 'Your action for today',
  'day.sources': 'Sources',
  'day.read': 'Read more',
  'day.complete': 'Finish day {day}',
  'day.completeHint': 'Do the action above to finish this day.',
  'day.completed': 'Day {day} done. The next one opens tomorrow.',
  'day.completedLast': 'Programme finished. Well done!',
  'day.locked': 'This day is not open yet.',
  'day.doneOn': 'You did this day on {date}.',
  'day.notFound': 'This programme has no such day.',
  'day.back': 'Back to the programme',

  'quiz.prompt': 'Answer these questions: every answer is explained.',
  'quiz.right': 'Right answer.',
  'quiz.wrong': 'Not quite.',

  'exercise.motivations': 'Tick your reasons to drink less, then save.',
  'exercise.risk-situations': 'Tick the situations in which you drink most often, then save.',
  'exercise.decisional-balance': 'Write at least one idea on each side, then save.',
  'exercise.rulers': 'Answer both scales, then save.',
  'exercise.coping-plan': 'Write an “if… then…” plan for a situation that applies to you.',
  'exercise.harm-reduction': 'Read the advice for a party, then come back here.',
  'exercise.save': 'Save',
  'exercise.saved': 'Saved.',
  'exercise.error': 'This could not be saved: check what you wrote.',
  'exercise.openPlans': 'Write my “if… then…” plans',
  'exercise.plans': {
    zero: 'You have no plan yet.',
    one: 'You have {count} plan: done.',
    other: 'You have {count} plans: done.',
  },
  'exercise.openHarmReduction': 'Read the advice for a party',
  'exercise.readDone': 'I have read the advice',
  'exercise.readConfirmed': 'Noted.',

  'goal.prompt': 'Choose your goal for this week.',
  'goal.proposal':
    'Oz proposes at most {count} standard drinks this week, from your recent weeks (about {baseline} drinks a week).',
  'goal.held': 'Last week went above its goal: Oz proposes keeping it, with no rush.',
  'goal.noBaseline':
    'Oz does not know your weeks yet: choose a number that seems realistic. Filling in the diary will let Oz propose the next steps.',
  'goal.alreadyLow': 'You already drink less than one drink a week: keep it up, or choose your goal.',
  'goal.label': 'At most this many standard drinks this week',
  'goal.deepCut':
    'That is less than half of your recent weeks: such a sharp cut first goes through a few safety questions.',
  'goal.save': 'Choose this goal',
  'goal.saved': 'Goal saved: at most {count} drinks a week.',
  'goal.invalid': 'Enter a number of drinks, 0 or more.',
  'goal.done': 'This week’s goal: at most {count} drinks.',

  'diary.prompt': 'Fill in your diary for yesterday or today, even a day without alcohol.',
  'diary.today': 'Fill in today',
  'diary.yesterday': 'Fill in yesterday',
  'diary.filled': 'Done: your diary is filled in.',
  'diary.notYet': 'Your diary is not filled in for yesterday or today yet.',

  'review.prompt': 'Take the questionnaire again to compare with the start of the programme.',
  'review.take': 'Take the questionnaire again',
  'review.caption': 'Your {name} score, before and after the programme',
  'review.when': 'When',
  'review.score': 'Score',
  'review.before': 'Before',
  'review.after': 'After',
  'review.outOf': '{score} out of {max}',
  'review.lower': 'Your score is lower than at the start: fewer risk signs.',
  'review.same': 'Your score is the same as at the start.',
  'review.higher':
    'Your score is higher than at the start. A professional can help you, free and in confidence.',
  'review.noBefore':
    'You had no result before the programme: your new result will be the starting point next time.',
  'review.notYet': 'No new result since the start of the programme yet.',
  'review.notComparable': 'The two results come from different questionnaires: they do not compare.',
  'review.contact': 'Talk to a professional',
  'review.wellbeing': 'Check in on your well-being',
  'review.finish': 'You can finish the programme, with or without the questionnaire.',
};

/** Both catalogues, for the French typography test and the key check. */
export const programmeMessages = { fr, en } as const;

export type ProgrammeText = (key: ProgrammeMessageKey, values?: MessageValues) => string;

export function programmeText(locale: Locale): ProgrammeText {
  return (key, values) => render(locale, programmeMessages[locale][key], values);
}

export function useProgrammeText(): ProgrammeText {
  return programmeText(useI18n().locale);
}

export const exerciseKey = (exercise: ProgrammeExercise): ProgrammeMessageKey => `exercise.${exercise}`;
