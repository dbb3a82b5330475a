import type { Translation } from '../../../i18n/types.js';
import type { proInvitationsFr } from '../fr/invitations.js';

/** Workspace, English: team invitations (the admin's form and list, and the invitee's page). */
export const proInvitationsEn: Translation<typeof proInvitationsFr> = {
  'teamInvite.title': 'Invite a team member',
  'teamInvite.intro':
    'They receive an e-mail to choose their password (link valid for 7 days). If their address already has an account on Oz, that e-mail tells them so.',
  'teamInvite.submit': 'Send the invitation',
  'teamInvite.sent': 'Invitation sent to {email}.',
  'teamInvite.pending': 'Pending invitations',
  'teamInvite.none': 'No pending invitations.',
  'teamInvite.expires': 'Valid until',
  'teamInvite.revoke': 'Cancel the invitation',
  'teamInvite.direct': 'Create an account directly',

  'invitation.title': 'Join your team on Oz',
  'invitation.intro':
    'Choose the password of your account. You will then sign in with your e-mail address and this password.',
  'invitation.password': 'Password',
  'invitation.repeat': 'Password, once more',
  'invitation.submit': 'Create my account',
  'invitation.invalid':
    'This invitation link is no longer valid: it has expired, has already been used or was cancelled. Ask your service’s administrators for a new invitation.',
  'invitation.missing':
    'This link is incomplete. Open the whole link from the e-mail, or copy it into the address bar.',
  'invitation.created': 'Your account has been created. Sign in with your e-mail address: {email}.',
  'invitation.signIn': 'Go to sign-in',
};
