import type { Message } from '../types.js';

/** French: “My data”: export, import, backup and erasing. */
export const dataFr = {
  'data.title': 'Mes données',
  'data.intro':
    'Tout ce que vous notez reste sur cet appareil. Ici, vous pouvez en faire une copie, la restaurer, ou tout effacer.',
  'data.privacyLink': 'Ce qui est enregistré, et où',
  'data.exportTitle': 'Sauvegarder',
  'data.exportHint':
    'Le fichier est enregistré sur votre appareil. Gardez-le en lieu sûr : il contient vos notes privées.',
  'data.exportBackup': 'Exporter une sauvegarde complète (JSON)',
  'data.exportCsv': 'Exporter le journal (CSV)',
  'data.importTitle': 'Restaurer une sauvegarde',
  'data.importHint':
    'Les données du fichier s’ajoutent à celles de l’appareil, sans doublon. Rien n’est remplacé.',
  'data.chooseBackup': 'Choisir un fichier de sauvegarde Oz',
  'data.ozeTitle': 'Importer depuis Oz Ensemble',
  'data.ozeHint':
    'Vous utilisiez Oz Ensemble ? Importez votre fichier de transfert (oz-ensemble-export.json) ou le fichier CSV reçu par courriel pour retrouver votre historique.',
  'data.chooseOzEnsemble': 'Choisir un fichier Oz Ensemble (JSON ou CSV)',
  'data.previewTitle': 'Aperçu de l’import',
  'data.previewWhat': 'Contenu',
  'data.previewInFile': 'Dans le fichier',
  'data.previewNew': 'Nouveaux',
  'data.previewEntries': 'Consommations',
  'data.previewDays': 'Journées (sans alcool, notes)',
  'data.previewScreenings': 'Résultats de questionnaires',
  'data.previewGoals': 'Objectifs',
  'data.previewCustomDrinks': 'Mes boissons',
  'data.previewIgnored': 'Non repris dans Oz : {keys}.',
  'data.previewMerge': 'Seules les nouvelles données seront ajoutées.',
  'data.previewNothingNew': 'Tout ce fichier est déjà sur cet appareil.',
  'data.confirmImport': 'Importer',
  'data.imported': {
    zero: 'Import terminé. Aucune nouvelle consommation.',
    one: 'Import terminé : {count} consommation ajoutée.',
    other: 'Import terminé : {count} consommations ajoutées.',
  },
  'data.importFailed':
    'L’import n’a pas pu être enregistré sur cet appareil. Rien n’a été modifié : réessayez, ou rechargez la page.',
  'data.errorNotJson': 'Ce fichier n’est pas un fichier JSON lisible.',
  'data.errorNotBackup': 'Ce fichier n’est pas une sauvegarde Oz.',
  'data.errorNewer':
    'Cette sauvegarde vient d’une version plus récente d’Oz. Mettez l’application à jour, puis réessayez.',
  'data.errorInvalid': 'Cette sauvegarde est abîmée ({where}). Rien n’a été importé.',
  'data.errorNotOzEnsemble': 'Ce fichier n’est ni un fichier de transfert ni un export CSV d’Oz Ensemble.',
  'data.deleteTitle': 'Tout effacer',
  'data.deleteHint':
    'Efface définitivement toutes vos données de cet appareil : consommations, notes, résultats, objectifs, réglages.',
  'data.deleteAll': 'Effacer toutes mes données',
  'data.deleteConfirmTitle': 'Tout effacer de cet appareil ?',
  'data.deleteConfirmBody':
    'Cette action ne peut pas être annulée. Vos demandes de contact seront retirées et vos partages arrêtés, sur le serveur aussi. Pensez à exporter une sauvegarde avant si vous voulez garder votre historique.',
  'data.deleteConfirm': 'Oui, tout effacer',
  'data.deleteErasing': 'Effacement en cours…',
  'data.deleteServerFailed':
    'Les copies envoyées à un professionnel (demandes de contact, partages) n’ont pas pu être effacées du serveur : vous semblez hors connexion. Réessayez une fois en ligne, ou effacez seulement cet appareil : vos demandes resteront alors sur le serveur jusqu’à leur clôture par le professionnel, puis seront effacées après leur durée de conservation.',
  'data.deleteRetry': 'Réessayer',
  'data.deleteLocalOnly': 'Effacer seulement cet appareil',
} as const satisfies Record<string, Message>;
