import type { Translation } from '../../../i18n/types.js';
import type { proShellFr } from '../fr/shell.js';

/** Workspace, English: the workspace shell, navigation, errors and sign-in. */
export const proShellEn: Translation<typeof proShellFr> = {
  'common.loading': 'Loading…',

  'shell.skip': 'Skip to content',
  'shell.home': 'Oz pro, request queue',
  'shell.signOut': 'Sign out',
  'shell.otherLanguage': 'Français',

  'nav.label': 'Professional workspace',
  'nav.queue': 'Request queue',
  'nav.people': 'People followed',
  'nav.invite': 'Invite a person',
  'nav.team': 'Team',
  'nav.structure': 'My service',
  'nav.audit': 'Audit log',
  'nav.account': 'My account',

  'notFound.title': 'Page not found',
  'notFound.back': 'Back to the request queue',

  'shortcuts.title': 'Keyboard shortcuts',

  'error.generic': 'The action did not go through.',
  'error.network': 'The server is not answering. Check the connection and try again.',
  'error.signedOut': 'Your session has ended: sign in again.',
  'error.csrf': 'This page is too old: reload it and try again.',
  'error.changed':
    'A colleague has just changed this request: the page is up to date, check before trying again.',
  'error.forbidden': 'Your account cannot do this.',
  'error.noStructure': 'Your account is not attached to a service: only a service’s accounts can do this.',
  'error.notFound': 'Not found: the person may have withdrawn the request or stopped sharing.',

  'login.title': 'Sign in to the professional workspace',
  'login.intro': 'For professionals of Oz partner services. Accounts are created by an administrator.',
  'login.email': 'E-mail address',
  'login.password': 'Password',
  'login.totp': 'Authenticator app code',
  'login.totpHint': '6 digits, shown by your app (for example FreeOTP or Google Authenticator).',
  'login.submit': 'Sign in',
  'login.forgot': 'Forgotten password? Ask your service’s administrator to reset it.',
  'login.error.credentials': 'Wrong e-mail address or password.',
  'login.error.totp': 'This code is wrong or has expired. Enter the code shown now.',
  'login.error.rateLimited':
    'Too many sign-ins from this network in a short time. Wait a minute and try again.',
  'login.error.locked': 'Too many attempts: the account is locked for a few minutes. Try again later.',
  'login.error.network': 'The server is not answering. Check the connection.',
  'login.error.unexpected': 'Signing in did not work. Try again.',
};
