import type { Translation } from '../../../i18n/types.js';
import type { proAdminFr } from '../fr/admin.js';

/** Workspace, English: administration (the team, the structure and the audit log). */
export const proAdminEn: Translation<typeof proAdminFr> = {
  'structure.join': 'Add a directory service to Oz',
  'structure.joinId': 'Directory identifier',
  'structure.joinHint': 'For example finess-750012345 or curated-idf-012 (shown in the address of its page).',
  'structure.joinSubmit': 'Add to Oz',

  'team.structure': 'Service',

  'audit.viewLoggedTitle': 'View logged.',
  'audit.viewLogged':
    'Your view is written to the audit log (who, when, what), which the service’s administrators can see.',
  'audit.title': 'Audit log',
  'audit.intro': 'Every view of a person’s data and every change, without their content.',
  'audit.when': 'When',
  'audit.who': 'Who (identifier)',
  'audit.action': 'Action',
  'audit.subject': 'On',
  'audit.person': 'The person (no account)',
  'audit.more': 'Show older entries',

  'team.title': 'Team',
  'team.name': 'Display name',
  'team.email': 'E-mail',
  'team.role': 'Role',
  'team.state': 'State',
  'team.actions': 'Actions',
  'team.active': 'Active',
  'team.inactive': 'Deactivated',
  'team.totp': 'two-factor',
  'team.deactivate': 'Deactivate',
  'team.reactivate': 'Reactivate',
  'team.reset': 'Reset the password',
  'team.addSubmit': 'Create the account',
  'team.oneTimePassword': 'Temporary password of {name}, shown once:',
  'team.oneTimePasswordHint':
    'Hand it over in person or through a safe channel. It must be changed at first sign-in.',

  'role.professional': 'Professional',
  'role.structure_admin': 'Service administrator',
  'role.platform_admin': 'Platform administrator',

  'structure.title': 'My service',
  'structure.intro':
    'What the Oz directory shows about your service: it orients people towards places that can see them.',
  'structure.choose': 'Service',
  'structure.missing': 'Your account is not attached to any service on Oz.',
  'structure.updated': 'Updated on {date}',
  'structure.publics': 'Who you see',
  'structure.public.adults': 'Adults',
  'structure.public.young': 'Young people (young drinkers’ consultations)',
  'structure.public.entourage': 'Relatives and families',
  'structure.hours': 'Opening hours',
  'structure.wait': 'Current wait for a first appointment (days)',
  'structure.waitHint': 'Leave empty if you do not know. Update it when it changes.',
  'structure.waitInvalid': 'A number of days between 0 and 365.',
  'structure.waitDays': { one: '{count} day wait', other: '{count} days wait' },
  'structure.accepting': 'We are accepting new people',
  'structure.notAccepting': 'full',
  'structure.receives': 'Receives contact requests',
  'structure.departements': 'Départements served (codes separated by commas)',
  'structure.save': 'Save',
  'structure.saved': 'Saved: the directory already shows this.',
};
