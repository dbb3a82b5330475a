import type { Message } from '../types.js';
/** French: anonymous statistics (issue 12) — settings, privacy statement, first visit. */
export const statisticsFr = {
  'stats.welcomeLine':
    'Pour rendre compte de son utilité, Oz compte quelques usages sans vous identifier (ouvertures, tests faits) : vous pouvez l’arrêter dans les réglages.',
  'stats.settingsTitle': 'Statistiques anonymes',
  'stats.settingsIntro':
    'Oz envoie au plus une fois par jour quelques nombres, sans aucun identifiant : combien de fois l’application a été ouverte, combien de tests rapides ont été faits et avec quel résultat, combien de programmes ont été commencés. Ces nombres, additionnés à ceux des autres personnes, servent à montrer à ceux qui financent Oz s’il est utile.',
  'stats.enabled': 'Compter anonymement mon utilisation',
  'stats.browserRefuses':
    'Votre navigateur demande à ne pas être mesuré (« Global Privacy Control » ou « Ne pas suivre ») : Oz ne compte rien et n’envoie rien.',
  'stats.shareProfile': 'Ajouter ma tranche d’âge et mon sexe à ces nombres',
  'stats.shareProfileHint':
    'Seulement si vous les avez donnés dans votre profil. Ils sont comptés à part, jamais avec votre résultat. Si vous demandez un contact avec un professionnel, ils sont aussi joints à votre demande, avec le niveau de votre dernier test rapide.',
  'stats.whatIsCounted': 'Ce qui est compté, exactement',
  'stats.cameFromQuestion': 'Comment avez-vous connu Oz ? (facultatif)',
  'stats.cameFromHint':
    'Une seule fois, sans vous identifier : cela aide à faire connaître Oz là où il est utile.',
  'stats.cameFromAnswered': 'Merci, c’est noté.',
  'stats.cameFrom.professional': 'Un professionnel (médecin, soignant, travailleur social…)',
  'stats.cameFrom.search-engine': 'Une recherche sur Internet',
  'stats.cameFrom.word-of-mouth': 'Un proche, le bouche-à-oreille',
  'stats.cameFrom.media': 'La presse, la radio, la télévision',
  'stats.cameFrom.social-media': 'Les réseaux sociaux',
  'stats.cameFrom.health-website': 'Un site de santé ou d’aide (Alcool Info Service…)',
  'stats.cameFrom.other': 'Autrement',
  'stats.cameFrom.not-said': 'Je préfère ne pas répondre',
  'stats.cameFromSave': 'Enregistrer',
  'stats.privacyTitle': 'Statistiques anonymes',
  'stats.privacyIntro':
    'Sauf si vous l’arrêtez (dans les réglages) ou si votre navigateur le refuse (« Global Privacy Control » ou « Ne pas suivre »), Oz envoie au plus une fois par jour des nombres, arrondis à la journée :',
  'stats.privacyFirstOpen': 'la première ouverture de l’application sur cet appareil ;',
  'stats.privacyActive':
    'une utilisation dans la semaine, une utilisation dans le mois (une seule fois chacune) ;',
  'stats.privacyQuickTest': 'un test rapide fait, avec son niveau (faible, à risque, dépendance probable) ;',
  'stats.privacyProgramme':
    'un programme commencé ou terminé, et le sens de l’évolution de votre bien-être (mieux, stable, moins bien) ;',
  'stats.privacyContact': 'une demande de contact envoyée ;',
  'stats.privacyCameFrom': 'comment vous avez connu Oz, si vous le dites ;',
  'stats.privacyProfile':
    'votre tranche d’âge et votre sexe, seulement si vous l’avez accepté, comptés à part.',
  'stats.privacyNever':
    'Jamais : aucun identifiant (ni d’appareil, ni de personne), aucune consommation, aucune réponse, aucune note. Le serveur ajoute ces nombres à des compteurs par jour et ne garde ni l’adresse de votre connexion ni votre navigateur. Ce qui n’a pas pu partir en une semaine est effacé.',
  'stats.privacyWhoSees':
    'Les responsables du programme voient des totaux par mois ; tout nombre inférieur à 5 est masqué. Les structures ne voient que leurs propres demandes.',
  'stats.contactNotice':
    'Vous avez accepté d’ajouter votre tranche d’âge et votre sexe aux statistiques anonymes : ils sont joints à cette demande, avec le niveau de votre dernier test rapide (modifiable dans les réglages).',
} as const satisfies Record<string, Message>;
