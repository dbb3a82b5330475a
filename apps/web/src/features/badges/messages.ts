import type { BadgeFamily } from '@oz/core';
import { useI18n } from '../../i18n/I18nProvider.js';
import { render } from '../../i18n/format.js';
import type { Message, MessageValues } from '../../i18n/types.js';

/*
 * Badges: celebrate, never compare, never shame (design brief). No word about what is missing: a family not
 * started says what will count, never "not yet". French first, formal « vous »; English complete. Ships in
 * the badges chunk and the diary home's lazy notices.
 */
const fr = {
  intro:
    'Chaque pas compte. Ces badges se calculent à partir de votre journal, sur cet appareil : ils reviennent si vous importez une sauvegarde.',
  earnedTitle: 'Vos badges',
  none: 'Pas encore de badge. Remplir votre journal aujourd’hui, c’est déjà un premier pas.',
  earnedOn: 'le {date}',
  nextTitle: 'Les prochains',
  next: 'Prochain : {name} ({count} sur {next})',
  allDone: 'Tous les badges de cette famille sont à vous.',
  new: 'Nouveau',
  heldTitle: 'Une précaution',
  heldBody:
    'Après une période où l’on a beaucoup bu, arrêter d’un coup peut provoquer un sevrage dangereux. Vos jours sans alcool comptent, mais Oz préfère vous inviter à en parler d’abord avec un médecin ou avec Alcool Info Service, plutôt que de les fêter.',
  heldLink: 'Parler à un professionnel',
  noticeTitle: { one: 'Un nouveau badge', other: '{count} nouveaux badges' },
  noticeLink: 'Voir mes badges',
  'family.drink-free-days': 'Jours sans alcool',
  'family.goal-weeks': 'Semaines dans votre objectif',
  'family.diary-streak': 'Journal rempli jour après jour',
  'family.programme-days': 'Jours de programme',
  'family.programme-completions': 'Programmes terminés',
  'family.cravings-overcome': 'Envies surmontées',
  'name.drink-free-days': { one: '{count} jour sans alcool', other: '{count} jours sans alcool' },
  'name.goal-weeks': {
    one: '{count} semaine dans votre objectif',
    other: '{count} semaines dans votre objectif',
  },
  'name.diary-streak': { one: '{count} jour de journal', other: '{count} jours de journal de suite' },
  'name.programme-days': { one: '{count} jour de programme', other: '{count} jours de programme' },
  'name.programme-completions': { one: '{count} programme terminé', other: '{count} programmes terminés' },
  'name.cravings-overcome': { one: '{count} envie surmontée', other: '{count} envies surmontées' },
} as const satisfies Record<string, Message>;

type BadgeMessageKey = keyof typeof fr;

const en: { readonly [K in BadgeMessageKey]: (typeof fr)[K] extends string ? string : Message } = {
  intro:
    'Every step counts. These badges are worked out from your diary, on this device: they come back if you import a backup.',
  earnedTitle: 'Your badges',
  none: 'No badge yet. Filling in your diary today is already a first step.',
  earnedOn: 'on {date}',
  nextTitle: 'Coming next',
  next: 'Next: {name} ({count} of {next})',
  allDone: 'Every badge of this family is yours.',
  new: 'New',
  heldTitle: 'A word of caution',
  heldBody:
    'After a period of heavy drinking, stopping all at once can cause a dangerous withdrawal. Your alcohol-free days count, but Oz would rather invite you to talk to a doctor or Alcool Info Service first than celebrate them.',
  heldLink: 'Talk to a professional',
  noticeTitle: { one: 'A new badge', other: '{count} new badges' },
  noticeLink: 'See my badges',
  'family.drink-free-days': 'Alcohol-free days',
  'family.goal-weeks': 'Weeks within your goal',
  'family.diary-streak': 'Diary filled day after day',
  'family.programme-days': 'Programme days',
  'family.programme-completions': 'Programmes finished',
  'family.cravings-overcome': 'Cravings overcome',
  'name.drink-free-days': { one: '{count} alcohol-free day', other: '{count} alcohol-free days' },
  'name.goal-weeks': { one: '{count} week within your goal', other: '{count} weeks within your goal' },
  'name.diary-streak': { one: '{count} day of diary', other: '{count} days of diary in a row' },
  'name.programme-days': { one: '{count} programme day', other: '{count} programme days' },
  'name.programme-completions': { one: '{count} programme finished', other: '{count} programmes finished' },
  'name.cravings-overcome': { one: '{count} craving overcome', other: '{count} cravings overcome' },
};

/** Both catalogues, for the French typography test and the key check. */
export const badgeMessages = { fr, en } as const;

export type BadgeText = (key: BadgeMessageKey, values?: MessageValues) => string;

export function useBadgeText(): BadgeText {
  const { locale } = useI18n();
  return (key, values) => render(locale, badgeMessages[locale][key], values);
}

export function familyKey(family: BadgeFamily): `family.${BadgeFamily}` {
  return `family.${family}`;
}

export function nameKey(family: BadgeFamily): `name.${BadgeFamily}` {
  return `name.${family}`;
}
