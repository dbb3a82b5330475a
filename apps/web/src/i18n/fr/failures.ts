import type { Message } from '../types.js';

/** French: what the app says when a screen, its code or the device's storage fails (never a blank screen). */
export const failuresFr = {
  'failure.chunkTitle': 'Une nouvelle version d’Oz est disponible',
  'failure.chunkBody':
    'Cet écran n’a pas pu s’ouvrir : Oz a été mis à jour depuis que cette page est ouverte. Rechargez la page pour continuer. Vos données restent sur cet appareil.',
  'failure.storageTitle': 'Vos données n’ont pas pu être lues',
  'failure.storageBody':
    'Cet appareil n’a pas laissé Oz lire ses données (navigation privée, espace de stockage plein, ou Oz ouvert dans un autre onglet). Rien n’est effacé : réessayez, ou rechargez la page.',
  'failure.screenTitle': 'Cet écran a rencontré un problème',
  'failure.screenBody':
    'Ce n’est pas de votre fait, et vos données restent sur cet appareil. Réessayez, ou revenez au journal.',
  'failure.retry': 'Réessayer',
  'failure.reload': 'Recharger la page',
  'failure.home': 'Revenir au journal',
  'failure.bootTitle': 'Oz n’a pas pu démarrer',
  'failure.bootBody':
    'Les données de cet appareil n’ont pas pu être ouvertes (navigation privée, espace plein, ou stockage bloqué par le navigateur). Rechargez la page ; si cela continue, fermez les autres onglets d’Oz.',
  'storage.replaced':
    'Oz a été mis à jour dans un autre onglet. Rechargez cette page pour continuer : rien de ce que vous avez enregistré n’est perdu.',
  'storage.blocked':
    'Oz est encore ouvert dans un autre onglet avec une version plus ancienne. Fermez ou rechargez cet autre onglet pour continuer ici.',
  'storage.writeFailed':
    'Cette action n’a pas pu se faire sur cet appareil : vos données n’ont pas pu être enregistrées ou lues. Ce que vous avez saisi est toujours là : réessayez. Si cela se reproduit, rechargez la page.',
  'storage.dismiss': 'Fermer ce message',
} as const satisfies Record<string, Message>;
