import type { Message } from '../../../i18n/types.js';

/** Workspace, French: the workspace shell, navigation, errors and sign-in. */
export const proShellFr = {
  'common.loading': 'Chargement…',

  'shell.skip': 'Aller au contenu',
  'shell.home': 'Oz pro, file des demandes',
  'shell.signOut': 'Se déconnecter',
  'shell.otherLanguage': 'English',

  'nav.label': 'Espace professionnel',
  'nav.queue': 'File des demandes',
  'nav.people': 'Personnes suivies',
  'nav.invite': 'Inviter une personne',
  'nav.team': 'Équipe',
  'nav.structure': 'Ma structure',
  'nav.audit': 'Journal d’audit',
  'nav.account': 'Mon compte',

  'notFound.title': 'Page introuvable',
  'notFound.back': 'Retour à la file des demandes',

  'shortcuts.title': 'Raccourcis clavier',

  'error.generic': 'L’action n’a pas abouti.',
  'error.network': 'Le serveur ne répond pas. Vérifiez la connexion et réessayez.',
  'error.signedOut': 'Votre session a expiré : reconnectez-vous.',
  'error.csrf': 'La page est trop ancienne : rechargez-la puis recommencez.',
  'error.changed':
    'Quelqu’un de votre équipe vient de modifier cette demande : la page est à jour, vérifiez avant de recommencer.',
  'error.forbidden': 'Votre compte n’a pas accès à cette action.',
  'error.noStructure':
    'Votre compte n’est rattaché à aucune structure : seuls les comptes d’une structure peuvent faire cela.',
  'error.notFound': 'Introuvable : la personne a peut-être retiré sa demande ou arrêté le partage.',

  'login.title': 'Connexion à l’espace professionnel',
  'login.intro':
    'Réservé aux professionnels des structures partenaires d’Oz. Les comptes sont créés par un administrateur.',
  'login.email': 'Adresse électronique',
  'login.password': 'Mot de passe',
  'login.totp': 'Code de l’application d’authentification',
  'login.totpHint':
    '6 chiffres, affichés par votre application (par exemple FreeOTP ou Google Authenticator).',
  'login.submit': 'Se connecter',
  'login.forgot': 'Mot de passe oublié ? Demandez à l’administrateur de votre structure de le réinitialiser.',
  'login.error.credentials': 'Adresse électronique ou mot de passe incorrect.',
  'login.error.totp': 'Ce code n’est pas le bon, ou il a expiré. Saisissez le code affiché maintenant.',
  'login.error.rateLimited':
    'Trop de connexions depuis ce réseau en peu de temps. Patientez une minute puis réessayez.',
  'login.error.locked': 'Trop d’essais : le compte est bloqué quelques minutes. Réessayez plus tard.',
  'login.error.network': 'Le serveur ne répond pas. Vérifiez la connexion.',
  'login.error.unexpected': 'La connexion n’a pas abouti. Réessayez.',
} as const satisfies Record<string, Message>;
