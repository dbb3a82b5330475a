import { useI18n } from '../../i18n/I18nProvider.js';
import { render } from '../../i18n/format.js';
import type { Message, MessageValues } from '../../i18n/types.js';

/*
 * Quality of life (WHO-5 and the optional life domains): kind words, never alarmist; a low score brings an
 * orientation, never a diagnosis (docs/clinical-rules.md, "Quality of life"). The WHO-5 statements and answers
 * themselves are clinical content in @oz/core. French first, formal « vous »; English complete.
 */
const fr = {
  intro:
    'Cinq questions sur les deux dernières semaines, pour suivre votre bien-être au fil du temps. Il n’y a pas de bonne ou de mauvaise réponse.',
  instrument:
    'Questionnaire : indice de bien-être OMS-5 (WHO-5, Organisation mondiale de la santé, 1998), libre d’utilisation.',
  start: 'Répondre au questionnaire',
  again: 'Répondre à nouveau',
  submit: 'Voir mon résultat',
  cancel: 'Annuler',
  missing: 'Répondez aux cinq questions pour voir votre résultat. Rien n’est perdu.',
  domainsTitle: 'Quelques domaines de votre vie (facultatif)',
  domainsIntro:
    'Ces questions ne font pas partie du questionnaire OMS-5 et ne changent pas son score. Vous pouvez en passer.',
  domainsLegend: '{domain} ces dernières semaines',
  domainSkip: 'Je préfère ne pas répondre',
  resultTitle: 'Votre résultat',
  score: '{score} sur 100',
  'band.good': 'Votre bien-être semble plutôt bon en ce moment.',
  'band.poor': 'Votre bien-être semble un peu bas en ce moment. Cela arrive, et cela peut changer.',
  'band.low': 'Votre bien-être semble bas en ce moment.',
  'orient.talk': 'Si cela dure, en parler avec votre médecin peut aider.',
  'orient.professional':
    'En parler avec un médecin ou un psychologue peut vraiment aider : vous n’avez pas à traverser cela seul ou seule.',
  'orient.3114':
    'Si vous vous sentez en détresse ou avez des idées suicidaires, le 3114 répond jour et nuit, gratuitement.',
  'orient.call3114': 'Appeler le 3114',
  'orient.contact': 'Parler à un professionnel',
  'change.better': 'C’est mieux que la fois précédente (au moins 10 points de plus).',
  'change.same': 'C’est proche de la fois précédente.',
  'change.worse': 'C’est plus bas que la fois précédente (au moins 10 points de moins).',
  historyTitle: 'Votre évolution',
  historyEmpty: 'Votre évolution apparaîtra ici après votre premier questionnaire.',
  chartLabel: 'Évolution de votre score de bien-être, de 0 à 100',
  tableCaption: 'Vos scores de bien-être',
  tableDate: 'Date',
  tableScore: 'Score sur 100',
  tableChange: 'Par rapport à la fois précédente',
  tableFirst: 'Premier questionnaire',
  'changeShort.better': 'Mieux',
  'changeShort.same': 'Proche',
  'changeShort.worse': 'Plus bas',
  nextOn: 'Prochaine proposition : à partir du {date}. Vous pouvez répondre quand vous voulez.',
  saved: 'Merci. Votre réponse est enregistrée sur cet appareil.',
  promptStartTitle: 'Comment allez-vous ces temps-ci ?',
  promptStartBody: 'Cinq questions rapides sur votre bien-être, pour voir ensuite comment il évolue.',
  promptAgainTitle: 'Un petit point sur votre bien-être ?',
  promptAgainBody: 'Cela fait quatre semaines : cinq questions pour voir comment vous allez.',
  promptGo: 'Répondre',
  promptLater: 'Plus tard',
  saveError: 'Votre réponse n’a pas pu être enregistrée. Réessayez : rien n’est perdu.',
} as const satisfies Record<string, Message>;

type WellbeingMessageKey = keyof typeof fr;

const en: Readonly<Record<WellbeingMessageKey, string>> = {
  intro:
    'Five questions about the last two weeks, to follow your well-being over time. There are no right or wrong answers.',
  instrument: 'Questionnaire: WHO-5 Well-Being Index (World Health Organization, 1998), free to use.',
  start: 'Answer the questionnaire',
  again: 'Answer again',
  submit: 'See my result',
  cancel: 'Cancel',
  missing: 'Answer the five questions to see your result. Nothing is lost.',
  domainsTitle: 'A few areas of your life (optional)',
  domainsIntro:
    'These questions are not part of the WHO-5 questionnaire and do not change its score. You can skip any of them.',
  domainsLegend: '{domain} over the last few weeks',
  domainSkip: 'I would rather not say',
  resultTitle: 'Your result',
  score: '{score} out of 100',
  'band.good': 'Your well-being seems rather good at the moment.',
  'band.poor': 'Your well-being seems a little low at the moment. It happens, and it can change.',
  'band.low': 'Your well-being seems low at the moment.',
  'orient.talk': 'If it lasts, talking about it with your doctor can help.',
  'orient.professional':
    'Talking about it with a doctor or a psychologist can really help: you do not have to go through this alone.',
  'orient.3114':
    'If you feel in distress or have thoughts of suicide, 3114 answers day and night, free of charge.',
  'orient.call3114': 'Call 3114',
  'orient.contact': 'Talk to a professional',
  'change.better': 'Better than last time (at least 10 points more).',
  'change.same': 'Close to last time.',
  'change.worse': 'Lower than last time (at least 10 points less).',
  historyTitle: 'How it has changed',
  historyEmpty: 'Your progress will appear here after your first questionnaire.',
  chartLabel: 'Your well-being score over time, from 0 to 100',
  tableCaption: 'Your well-being scores',
  tableDate: 'Date',
  tableScore: 'Score out of 100',
  tableChange: 'Compared with last time',
  tableFirst: 'First questionnaire',
  'changeShort.better': 'Better',
  'changeShort.same': 'Close',
  'changeShort.worse': 'Lower',
  nextOn: 'Next suggestion: from {date}. You can answer whenever you like.',
  saved: 'Thank you. Your answer is saved on this device.',
  promptStartTitle: 'How have you been lately?',
  promptStartBody: 'Five quick questions about your well-being, to see how it changes over time.',
  promptAgainTitle: 'A quick check on your well-being?',
  promptAgainBody: 'It has been four weeks: five questions to see how you are.',
  promptGo: 'Answer',
  promptLater: 'Later',
  saveError: 'Your answer could not be saved. Try again: nothing is lost.',
};

/** Both catalogues, for the French typography test and the key check. */
export const wellbeingMessages = { fr, en } as const;

export type WellbeingText = (key: WellbeingMessageKey, values?: MessageValues) => string;

export function useWellbeingText(): WellbeingText {
  const { locale } = useI18n();
  return (key, values) => render(locale, wellbeingMessages[locale][key], values);
}
