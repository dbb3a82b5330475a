import type { Message } from '../types.js';

/** French: the "More" page, settings, privacy and sources. */
export const settingsFr = {
  'more.gainsHint': 'Argent, calories, jours sans alcool',
  'more.chartsHint': 'Votre semaine et vos 12 dernières semaines',
  'more.helpHint': 'Lieux d’aide, ligne d’écoute',
  'more.entourageHint': 'Quand c’est un proche qui vous inquiète',
  'more.settingsHint': 'Langue, profil',
  'route.report': 'Rapport pour mon médecin',
  'more.reportHint': 'Un PDF ou une page à imprimer, et un export pour les logiciels de santé',
  'more.dataHint': 'Sauvegarder, restaurer, importer, tout effacer',
  'more.privacyHint': 'Ce qui est enregistré, et où',
  'more.sourcesHint': 'D’où viennent les chiffres',

  'settings.title': 'Réglages',
  'settings.language': 'Langue',
  'settings.profile': 'Mon profil',
  'settings.dataLink': 'Mes données : sauvegarder, importer, effacer',

  'privacy.title': 'Confidentialité : ce qui est enregistré, et où',
  'privacy.summary':
    'Oz fonctionne sans compte. Votre journal et vos réponses restent sur cet appareil, dans ce navigateur. Personne d’autre, pas même l’équipe d’Oz, ne peut les lire.',
  'privacy.deviceTitle': 'Sur cet appareil',
  'privacy.deviceIntro': 'Dans la base de données locale de ce navigateur (IndexedDB, nommée « oz ») :',
  'privacy.deviceEntries': 'vos consommations : boisson, quantité, volume, degré, jour et heure ;',
  'privacy.deviceDays': 'vos journées : jour sans alcool, humeur, contexte et note privée ;',
  'privacy.deviceScreenings': 'vos réponses aux questionnaires et leurs résultats, avec la date ;',
  'privacy.deviceGoals': 'vos objectifs et leur historique ;',
  'privacy.deviceDrinks': 'les boissons que vous avez créées (« Mes boissons ») ;',
  'privacy.deviceSettings':
    'vos réglages : langue, profil (sexe et tranche d’âge, si vous les avez donnés), semaine habituelle, dernières boissons utilisées.',
  'privacy.deviceCache':
    'Le navigateur garde aussi une copie des fichiers de l’application (pour fonctionner hors connexion). Ces fichiers ne contiennent aucune donnée personnelle.',
  'privacy.serverTitle': 'Ce qui est envoyé',
  'privacy.serverNothing':
    'Le journal, les questionnaires, les objectifs et les gains n’envoient rien à aucun serveur.',
  'privacy.serverHelp':
    'Quand vous cherchez un lieu d’aide, Oz envoie seulement ce que vous tapez pour la recherche (une ville ou un code postal) au serveur d’Oz, jamais votre journal.',
  'privacy.serverMap':
    'La carte n’est chargée que si vous l’ouvrez : le service de cartes voit alors l’adresse internet de votre appareil.',
  'privacy.serverNoTracking':
    'Pas de cookie publicitaire, pas de mesure d’audience, pas de service tiers caché.',
  'privacy.controlTitle': 'Vous gardez la main',
  'privacy.controlExport': 'Exporter : le fichier est créé sur votre appareil, vous choisissez où il va.',
  'privacy.controlDelete': 'Tout effacer (dans Mes données) supprime tout de cet appareil, immédiatement.',
  'privacy.controlBrowser':
    'Effacer les données du site dans votre navigateur, ou désinstaller l’application, efface aussi tout.',
  'privacy.controlPersist':
    'Oz demande au navigateur de ne pas effacer vos données de lui-même quand l’espace manque.',

  'sources.title': 'Sources et crédits',
  'sources.intro':
    'Les seuils, les repères et les calculs d’Oz viennent de références publiques, citées ci-dessous.',
  'sources.clinical': 'Références cliniques',
  'sources.data': 'Données',
  'sources.standardDrink':
    'Verre standard : 10 g d’alcool pur ; grammes = volume (ml) × degré / 100 × 0,8 (OFDT, Société française d’alcoologie).',
  'sources.catalogue':
    'Catalogue des boissons : repris de l’application Oz Ensemble (SocialGouv, CaPASSCité), complété par l’équipe d’Oz. Les prix sont des estimations.',
  'sources.directory':
    'Lieux d’aide : répertoire FINESS (ministère de la Santé, data.gouv.fr, Licence Ouverte).',
  'sources.helpline': 'Alcool Info Service : 0 980 980 930, service de Santé publique France.',
  'sources.credits': 'Crédits',
  'sources.creditsBody':
    'Oz est un logiciel libre. Il succède à Oz Ensemble, dont il reprend les idées et permet d’importer l’historique.',

  'settings.noCustomDrink':
    'Vous n’avez pas encore créé de boisson. Vous pouvez en créer une en ajoutant une consommation.',
  'settings.deleteCustomDrink': 'Supprimer {name} de Mes boissons',
  'settings.customDrinkDeleted': 'Retiré de Mes boissons : {name}.',
  'settings.customDrinkHistory': 'Retirer une boisson ne change pas les consommations déjà notées.',

  'privacy.deviceRequests':
    'vos demandes de contact et vos partages avec une structure (pour en suivre l’état), et ce qui attend une connexion pour être envoyé.',
  'privacy.serverContact':
    'Si vous demandez qu’un professionnel vous contacte, Oz envoie à la structure ce que vous écrivez dans le formulaire et, seulement si vous cochez la case, un résumé de vos résultats. Ces données sont effacées 90 jours après la clôture de la demande, ou dès que vous la retirez.',
  'privacy.serverShare':
    'Si vous choisissez de partager votre suivi avec une structure, seuls ses professionnels voient ce que vous avez choisi, chaque consultation est enregistrée, et vous pouvez arrêter le partage à tout moment.',
} as const satisfies Record<string, Message>;
