import type { Translation } from '../../../i18n/types.js';
import type { proAccountFr } from '../fr/account.js';

/** Workspace, English: the professional’s own account. */
export const proAccountEn: Translation<typeof proAccountFr> = {
  'account.title': 'My account',
  'account.password': 'Change password',
  'account.passwordForced': 'Your password was reset: choose a new one to continue.',
  'account.currentPassword': 'Current password',
  'account.newPassword': 'New password',
  'account.newPasswordHint': 'At least {min} characters. An easy-to-remember sentence works well.',
  'account.repeatPassword': 'New password, again',
  'account.tooShort': 'The new password must be at least {min} characters long.',
  'account.different': 'The two entries differ.',
  'account.passwordSubmit': 'Change the password',
  'account.passwordChanged': 'Password changed. Your other sessions were closed.',
  'account.totp': 'Two-factor authentication',
  'account.totpOn': 'On: a code from your app is asked at every sign-in.',
  'account.totpOff': 'Off. We recommend it: it protects people’s data even if your password leaks.',
  'account.totpStart': 'Turn on two-factor authentication',
  'account.totpScan': 'Scan this QR code with your authenticator app, then enter the code it shows.',
  'account.totpQr': 'QR code of the secret key for the authenticator app',
  'account.totpSecret': 'Or enter the key:',
  'account.totpCode': '6-digit code',
  'account.totpConfirm': 'Confirm and turn on',
  'account.totpDisable': 'Turn off two-factor authentication',
};
