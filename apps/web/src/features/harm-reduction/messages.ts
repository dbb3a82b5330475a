import { useI18n } from '../../i18n/I18nProvider.js';
import { render } from '../../i18n/format.js';
import type { Locale, Message, MessageValues } from '../../i18n/types.js';

/** Harm-reduction screen and the diary home's support notices (a lazy chunk of the home). */
const fr = {
  'page.intro':
    'Rien ne vous oblige à boire. Si vous buvez, voici ce qui aide à limiter les risques, d’après Santé publique France et Alcool Info Service.',
  'plan.title': 'Une soirée de prévue ?',
  'plan.body': 'Notez-la : Oz vous rappellera ces repères les jours d’avant. Cela reste sur votre appareil.',
  'plan.date': 'Date de la soirée',
  'plan.save': 'Noter la soirée',
  'plan.saved': 'Soirée notée le {date}.',
  'plan.error': 'Choisissez une date à partir d’aujourd’hui.',
  'plan.upcoming': 'Soirées notées : {dates}.',

  'home.partyTitle': 'Une soirée est prévue {when}',
  'home.partyBody':
    'Quelques repères pour en profiter en limitant les risques : manger avant, boire lentement, de l’eau entre les verres, prévoir le retour.',
  'home.today': 'aujourd’hui',
  'home.tomorrow': 'demain',
  'home.onDay': 'le {date}',
  'home.heavyTitle': 'Une journée chargée',
  'home.heavyBody':
    'Vous avez noté {amount} verres standard {when}. Ce n’est pas un reproche : si vous le souhaitez, voici quelques repères pour les prochaines fois.',
  'home.heavyWhenToday': 'aujourd’hui',
  'home.heavyWhenYesterday': 'hier',
  'home.adviceLink': 'Voir les repères pour une soirée',
  'home.planTitle': 'Un moment qui revient',
  'home.planBody':
    '« {situation} » revient souvent les jours où vous dépassez 2 verres ({count} fois en 4 semaines).',
  'home.planYours': 'Votre plan :',
  'home.planWrite': 'Préparer un plan pour ce moment',
} as const satisfies Record<string, Message>;

export type HarmMessageKey = keyof typeof fr;

const en: { readonly [K in HarmMessageKey]: string } = {
  'page.intro':
    'Nothing forces you to drink. If you do, here is what helps reduce the risks, according to Santé publique France and Alcool Info Service.',
  'plan.title': 'A party coming up?',
  'plan.body': 'Note it: Oz will remind you of these tips in the days before. It stays on your device.',
  'plan.date': 'Date of the party',
  'plan.save': 'Note the party',
  'plan.saved': 'Party noted on {date}.',
  'plan.error': 'Choose a date from today on.',
  'plan.upcoming': 'Parties noted: {dates}.',

  'home.partyTitle': 'A party is planned {when}',
  'home.partyBody':
    'A few tips to enjoy it while reducing the risks: eat first, drink slowly, water between drinks, plan the way home.',
  'home.today': 'today',
  'home.tomorrow': 'tomorrow',
  'home.onDay': 'on {date}',
  'home.heavyTitle': 'A heavy day',
  'home.heavyBody':
    'You noted {amount} standard drinks {when}. This is not a reproach: if you wish, here are a few tips for next time.',
  'home.heavyWhenToday': 'today',
  'home.heavyWhenYesterday': 'yesterday',
  'home.adviceLink': 'See the tips for a night out',
  'home.planTitle': 'A moment that keeps coming back',
  'home.planBody':
    '“{situation}” often comes back on days when you go over 2 drinks ({count} times in 4 weeks).',
  'home.planYours': 'Your plan:',
  'home.planWrite': 'Prepare a plan for this moment',
};

export const harmReductionMessages = { fr, en } as const;

export type HarmText = (key: HarmMessageKey, values?: MessageValues) => string;

export function useHarmText(): HarmText {
  const { locale } = useI18n();
  return (key, values) => render(locale, harmReductionMessages[locale as Locale][key], values);
}
