import type { Message } from '../../../i18n/types.js';

/** Workspace, French: the professional’s own account. */
export const proAccountFr = {
  'account.title': 'Mon compte',
  'account.password': 'Changer de mot de passe',
  'account.passwordForced':
    'Votre mot de passe a été réinitialisé : choisissez-en un nouveau pour continuer.',
  'account.currentPassword': 'Mot de passe actuel',
  'account.newPassword': 'Nouveau mot de passe',
  'account.newPasswordHint': 'Au moins {min} caractères. Une phrase facile à retenir convient très bien.',
  'account.repeatPassword': 'Nouveau mot de passe, une deuxième fois',
  'account.tooShort': 'Le nouveau mot de passe doit faire au moins {min} caractères.',
  'account.different': 'Les deux saisies ne sont pas identiques.',
  'account.passwordSubmit': 'Changer le mot de passe',
  'account.passwordChanged': 'Mot de passe changé. Vos autres sessions ont été fermées.',
  'account.totp': 'Double authentification',
  'account.totpOn': 'Activée : un code de votre application est demandé à chaque connexion.',
  'account.totpOff':
    'Désactivée. Nous la recommandons : elle protège les données des personnes même si votre mot de passe fuit.',
  'account.totpStart': 'Activer la double authentification',
  'account.totpScan':
    'Scannez ce code QR avec votre application d’authentification, puis saisissez le code qu’elle affiche.',
  'account.totpQr': 'Code QR de la clé secrète pour l’application d’authentification',
  'account.totpSecret': 'Ou saisissez la clé :',
  'account.totpCode': 'Code à 6 chiffres',
  'account.totpConfirm': 'Confirmer et activer',
  'account.totpDisable': 'Désactiver la double authentification',
} as const satisfies Record<string, Message>;
