// Texts of the team invitation e-mails (issue 9), in French like the team's other e-mails. The address either
// gets the one-time link (token in the fragment: it never reaches a server log or a Referer) or, when it already
// has an account on Oz, a notice without any link. The admin who invited sees neither.
import type { EmailMessage } from '../db/repositories/outbox.repository.js';

const NBSP = '\u00a0';

export interface InvitationMailContext {
  to: string;
  displayName: string;
  /** The structure's name, or null for the platform team. */
  structureName: string | null;
  validDays: number;
}

function teamOf(structureName: string | null): string {
  return structureName ?? 'L’équipe de la plateforme Oz';
}

/** To an address without an account: the link to choose a password and join the team. */
export function teamInvitationEmail(
  context: InvitationMailContext,
  publicUrl: string,
  token: string,
): EmailMessage {
  const team = teamOf(context.structureName);
  return {
    to: context.to,
    kind: 'team_invitation',
    subject: `[Oz] Invitation à rejoindre l’équipe de ${team} sur Oz`,
    body: [
      `Bonjour ${context.displayName},`,
      '',
      `${team} vous invite à rejoindre son équipe sur Oz, l’espace professionnel où arrivent les demandes de contact des personnes.`,
      '',
      `Pour accepter, ouvrez ce lien et choisissez votre mot de passe (lien valable ${String(context.validDays)}${NBSP}jours, une seule fois)${NBSP}:`,
      `${publicUrl}/pro/invitation#${token}`,
      '',
      `Si vous ne vous attendiez pas à cette invitation, ignorez ce message${NBSP}: aucun compte ne sera créé.`,
    ].join('\n'),
  };
}

/** To an address that already has an account: what happened, and whom to ask; no link. */
export function alreadyRegisteredEmail(context: InvitationMailContext): EmailMessage {
  const team = teamOf(context.structureName);
  return {
    to: context.to,
    kind: 'team_invitation',
    subject: `[Oz] ${team} a voulu vous ajouter à son équipe`,
    body: [
      'Bonjour,',
      '',
      `${team} a voulu vous ajouter à son équipe sur Oz. Vous avez déjà un compte sur Oz avec cette adresse électronique${NBSP}; une adresse ne sert qu’à un seul compte, donc aucun nouveau compte n’a été créé.`,
      '',
      `Si vous devez rejoindre cette équipe, contactez cette structure, ou l’équipe de la plateforme Oz, qui peut rattacher votre compte à une autre structure.`,
      '',
      `Si vous ne vous attendiez pas à ce message, ignorez-le${NBSP}: votre compte n’a pas été modifié.`,
    ].join('\n'),
  };
}
