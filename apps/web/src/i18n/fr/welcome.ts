import type { Message } from '../types.js';

/** French: first visit, the optional profile and the page for people worried about someone close. */
export const welcomeFr = {
  'welcome.title': 'Faire le point sur l’alcool, à votre rythme',
  'welcome.intro':
    'Oz vous aide à savoir où vous en êtes avec l’alcool, à suivre votre consommation et, si vous le souhaitez, à trouver de l’aide près de chez vous.',
  'welcome.privacyTitle': 'Vos données restent sur cet appareil.',
  'welcome.privacyBody':
    'Pas de compte, pas de nom, pas d’adresse électronique. Rien n’est envoyé sans que vous le demandiez. Vous pouvez tout effacer à tout moment.',
  'welcome.doorsTitle': 'Par où voulez-vous commencer ?',
  'welcome.doorMe': 'Pour moi',
  'welcome.doorMeHint': 'Un test rapide de 3 questions, moins d’une minute.',
  'welcome.doorClose': 'Je m’inquiète pour un proche',
  'welcome.doorCloseHint': 'Ce qui aide, comment en parler, où trouver du soutien.',
  'welcome.skip': 'Passer et aller au journal',

  'profile.title': 'Quelques précisions (facultatif)',
  'profile.why':
    'Ces réponses servent uniquement à choisir les bons seuils du test : ils ne sont pas les mêmes pour les femmes et pour les hommes. Elles restent sur cet appareil.',
  'profile.sexLegend': 'Vous êtes',
  'profile.sexHint': 'Si vous préférez ne pas le dire, Oz utilise les seuils les plus prudents.',
  'profile.sex.female': 'Une femme',
  'profile.sex.male': 'Un homme',
  'profile.sex.unspecified': 'Je préfère ne pas le dire',
  'profile.ageLegend': 'Votre âge',
  'profile.ageHint': 'Pour vous proposer les lieux d’aide adaptés (par exemple pour les moins de 25 ans).',
  'profile.ageNone': 'Je préfère ne pas le dire',
  'profile.age.under-18': 'Moins de 18 ans',
  'profile.age.18-24': '18 à 24 ans',
  'profile.age.25-64': '25 à 64 ans',
  'profile.age.65-74': '65 à 74 ans',
  'profile.age.75-plus': '75 ans ou plus',
  'profile.continue': 'Continuer vers le test',
  'profile.skip': 'Passer cette étape',

  'entourage.title': 'Un proche vous inquiète',
  'entourage.intro':
    'Beaucoup de proches vivent la même chose. S’inquiéter pour quelqu’un qui boit est épuisant, et il existe de l’aide, pour lui ou elle comme pour vous.',
  'entourage.helpsTitle': 'Ce qui aide',
  'entourage.helps1': 'Parler de ce que vous observez et ressentez, sans étiqueter la personne.',
  'entourage.helps2': 'Choisir un moment calme, quand la personne n’a pas bu.',
  'entourage.helps3': 'Rappeler que réduire est possible et que des professionnels accompagnent sans juger.',
  'entourage.helps4':
    'Ne pas pousser à un arrêt brutal : chez une personne dépendante, il peut être dangereux sans suivi médical.',
  'entourage.talkTitle': 'Comment en parler',
  'entourage.talk1': 'Commencer par « je » : « Je m’inquiète pour toi », plutôt que « Tu bois trop ».',
  'entourage.talk2': 'Donner des faits précis et récents, sans reproche.',
  'entourage.talk3': 'Écouter sa réponse, même si elle minimise. Une première conversation ouvre la porte.',
  'entourage.talk4':
    'Proposer de l’aide concrète : chercher un lieu ensemble, l’accompagner à un rendez-vous.',
  'entourage.youTitle': 'Et vous',
  'entourage.you1':
    'Les CSAPA (centres de soins, d’accompagnement et de prévention en addictologie) reçoivent aussi les proches, gratuitement.',
  'entourage.you2': 'Des associations d’entraide accueillent les familles et les amis.',
  'entourage.you3': 'Prendre soin de vous n’est pas abandonner l’autre.',
  'entourage.findTitle': 'Trouver de l’aide',
  'entourage.findBody': 'Alcool Info Service répond aussi aux proches, par un appel anonyme et non surtaxé.',
  'entourage.findButton': 'Trouver un lieu qui reçoit les proches',
  'entourage.forMe': 'Faire le test rapide pour moi',

  'profile.pregnant': 'Je suis enceinte ou j’allaite (facultatif)',
  'profile.pregnantHint':
    'Pendant la grossesse, le plus sûr est zéro alcool. Oz vous proposera une aide adaptée, sans jugement.',
} as const satisfies Record<string, Message>;
