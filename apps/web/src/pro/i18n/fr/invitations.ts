import type { Message } from '../../../i18n/types.js';

/** Workspace, French: team invitations (the admin's form and list, and the invitee's page). */
export const proInvitationsFr = {
  'teamInvite.title': 'Inviter un membre de l’équipe',
  'teamInvite.intro':
    'La personne reçoit un courriel pour choisir son mot de passe (lien valable 7 jours). Si son adresse a déjà un compte sur Oz, ce courriel le lui dit.',
  'teamInvite.submit': 'Envoyer l’invitation',
  'teamInvite.sent': 'Invitation envoyée à {email}.',
  'teamInvite.pending': 'Invitations en attente',
  'teamInvite.none': 'Aucune invitation en attente.',
  'teamInvite.expires': 'Valable jusqu’au',
  'teamInvite.revoke': 'Annuler l’invitation',
  'teamInvite.direct': 'Créer un compte directement',

  'invitation.title': 'Rejoindre votre équipe sur Oz',
  'invitation.intro':
    'Choisissez le mot de passe de votre compte. Vous vous connecterez ensuite avec votre adresse électronique et ce mot de passe.',
  'invitation.password': 'Mot de passe',
  'invitation.repeat': 'Mot de passe, une deuxième fois',
  'invitation.submit': 'Créer mon compte',
  'invitation.invalid':
    'Ce lien d’invitation n’est plus valable : il a expiré, a déjà servi ou a été annulé. Demandez une nouvelle invitation à l’administration de votre structure.',
  'invitation.missing':
    'Ce lien est incomplet. Ouvrez en entier le lien reçu par courriel, ou copiez-le dans la barre d’adresse.',
  'invitation.created': 'Votre compte est créé. Connectez-vous avec votre adresse électronique : {email}.',
  'invitation.signIn': 'Aller à la connexion',
} as const satisfies Record<string, Message>;
