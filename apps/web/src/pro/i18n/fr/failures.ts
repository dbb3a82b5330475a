import type { Message } from '../../../i18n/types.js';

/** Workspace, French: a screen that failed, or whose code is gone after a deploy (never a blank screen). */
export const proFailuresFr = {
  'failure.title': 'Cet écran a rencontré un problème',
  'failure.body':
    'L’affichage a échoué. Rien n’a été modifié par cette erreur : réessayez, ou rechargez la page. Si cela continue, signalez-le à l’équipe Oz.',
  'failure.chunkTitle': 'Une nouvelle version de l’espace professionnel est disponible',
  'failure.chunkBody':
    'Cet écran n’a pas pu s’ouvrir : Oz a été mis à jour depuis que cette page est ouverte. Rechargez la page pour continuer.',
  'failure.retry': 'Réessayer',
  'failure.reload': 'Recharger la page',
} as const satisfies Record<string, Message>;
