import { useI18n } from '../../i18n/I18nProvider.js';
import { render } from '../../i18n/format.js';
import type { Locale, Message, MessageValues } from '../../i18n/types.js';

/*
 * The live recommendation card and the first days of a break (issue 8). Plain words, vouvoiement, no blame:
 * the card says what Oz noticed and where to find help; the person may put it aside for a week.
 */
const fr = {
  'card.title.brief-intervention': 'En parler avec un professionnel pourrait vous aider',
  'card.title.specialist': 'Une équipe spécialisée peut vous accompagner',
  'card.body.brief-intervention':
    'D’après ce que vous avez noté dans Oz, faire le point avec un professionnel peut vous aider : votre médecin, une consultation en addictologie (CSAPA) ou Alcool Info Service. C’est confidentiel.',
  'card.body.specialist':
    'D’après ce que vous avez noté dans Oz, une équipe spécialisée en addictologie peut vous accompagner, à votre rythme. Les consultations en CSAPA sont gratuites et confidentielles.',
  'card.caution':
    'Ne cherchez pas à arrêter d’un coup tout seul : quand le corps s’est habitué à l’alcool, un arrêt brutal peut être dangereux. Avec un médecin, réduire ou arrêter se fait en sécurité.',
  'card.heavyDay': 'Vous avez noté {amount} verres standard ce jour-là.',
  'card.why': 'Pourquoi cette carte ?',
  'card.findHelp': 'Trouver de l’aide',
  'card.talk': 'Parler à un professionnel',
  'card.hide': 'Masquer pendant 7 jours',
  'card.hidden':
    'Carte masquée pour 7 jours. Elle reviendra plus tôt si la situation change. « Trouver de l’aide » reste accessible depuis le menu.',

  'break.title': 'Les premiers jours sans alcool : les signes à connaître',
  'break.day': 'Jour {day} de votre pause.',
  'break.body':
    'Si votre corps s’était habitué à l’alcool, des signes de manque peuvent apparaître quelques heures après le dernier verre, surtout les deux premiers jours, et passer en une semaine environ.',
  'break.signs':
    'Tremblements, sueurs, nausées, cœur qui bat vite, angoisse, nuits sans sommeil : appelez votre médecin, ou Alcool Info Service au',
  'break.aisWording': '(appel anonyme et non surtaxé, tous les jours de 8 h à 2 h).',
  'break.emergency':
    'Grande confusion, hallucinations, fièvre ou convulsions : c’est une urgence, appelez le',
  'break.or': 'ou le',
} as const satisfies Record<string, Message>;

export type RecommendationMessageKey = keyof typeof fr;

const en: { readonly [K in RecommendationMessageKey]: string } = {
  'card.title.brief-intervention': 'Talking it over with a professional could help',
  'card.title.specialist': 'A specialist team can support you',
  'card.body.brief-intervention':
    'From what you noted in Oz, taking stock with a professional can help: your doctor, an addiction clinic (CSAPA) or Alcool Info Service. It is confidential.',
  'card.body.specialist':
    'From what you noted in Oz, a specialist addiction team can support you, at your own pace. CSAPA consultations are free and confidential.',
  'card.caution':
    'Do not try to stop all at once on your own: when the body is used to alcohol, stopping abruptly can be dangerous. With a doctor, cutting down or stopping is done safely.',
  'card.heavyDay': 'You noted {amount} standard drinks that day.',
  'card.why': 'Why this card?',
  'card.findHelp': 'Find help',
  'card.talk': 'Talk to a professional',
  'card.hide': 'Hide for 7 days',
  'card.hidden':
    'Card hidden for 7 days. It will come back sooner if things change. “Find help” stays in the menu.',

  'break.title': 'The first days without alcohol: signs to know',
  'break.day': 'Day {day} of your break.',
  'break.body':
    'If your body had got used to alcohol, withdrawal signs can appear a few hours after the last drink, mostly in the first two days, and pass within about a week.',
  'break.signs':
    'Shaking, sweating, nausea, a racing heart, anxiety, sleepless nights: call your doctor, or Alcool Info Service on',
  'break.aisWording': '(anonymous call at no extra cost, every day from 8 am to 2 am).',
  'break.emergency': 'Severe confusion, hallucinations, fever or seizures: this is an emergency, call',
  'break.or': 'or',
};

export const recommendationMessages = { fr, en } as const;

export type RecommendationText = (key: RecommendationMessageKey, values?: MessageValues) => string;

export function useRecommendationText(): RecommendationText {
  const { locale } = useI18n();
  return (key, values) => render(locale, recommendationMessages[locale as Locale][key], values);
}
