import type { Message } from '../../../i18n/types.js';

/** Workspace, French: administration (the team, the structure and the audit log). */
export const proAdminFr = {
  'structure.join': 'Ajouter une structure de l’annuaire à Oz',
  'structure.joinId': 'Identifiant dans l’annuaire',
  'structure.joinHint':
    'Par exemple finess-750012345 ou curated-idf-012 (visible dans l’adresse de sa fiche).',
  'structure.joinSubmit': 'Ajouter à Oz',

  'team.structure': 'Structure',

  'audit.viewLoggedTitle': 'Consultation enregistrée.',
  'audit.viewLogged':
    'Votre consultation est inscrite au journal d’audit (qui, quand, quoi), que les administrateurs de la structure peuvent voir.',
  'audit.title': 'Journal d’audit',
  'audit.intro': 'Chaque consultation des données d’une personne et chaque modification, sans leur contenu.',
  'audit.when': 'Quand',
  'audit.who': 'Qui (identifiant)',
  'audit.action': 'Action',
  'audit.subject': 'Sur',
  'audit.person': 'La personne (sans compte)',
  'audit.more': 'Voir les plus anciennes',

  'team.title': 'Équipe',
  'team.name': 'Nom affiché',
  'team.email': 'Courriel',
  'team.role': 'Rôle',
  'team.state': 'État',
  'team.actions': 'Actions',
  'team.active': 'Actif',
  'team.inactive': 'Désactivé',
  'team.totp': 'double authentification',
  'team.deactivate': 'Désactiver',
  'team.reactivate': 'Réactiver',
  'team.reset': 'Réinitialiser le mot de passe',
  'team.addSubmit': 'Créer le compte',
  'team.oneTimePassword': 'Mot de passe provisoire de {name}, affiché une seule fois :',
  'team.oneTimePasswordHint':
    'Transmettez-le de vive voix ou par un canal sûr. Il devra être changé à la première connexion.',

  'role.professional': 'Professionnel ou professionnelle',
  'role.structure_admin': 'Administration de la structure',
  'role.platform_admin': 'Administration de la plateforme',

  'structure.title': 'Ma structure',
  'structure.intro':
    'Ce que l’annuaire d’Oz affiche de votre structure : il oriente les personnes vers les lieux qui peuvent les recevoir.',
  'structure.choose': 'Structure',
  'structure.missing': 'Votre compte n’est rattaché à aucune structure sur Oz.',
  'structure.updated': 'Mise à jour le {date}',
  'structure.publics': 'Publics reçus',
  'structure.public.adults': 'Adultes',
  'structure.public.young': 'Jeunes (consultations jeunes consommateurs)',
  'structure.public.entourage': 'Proches et familles',
  'structure.hours': 'Horaires d’accueil',
  'structure.wait': 'Délai actuel pour un premier rendez-vous (jours)',
  'structure.waitHint': 'Laissez vide si vous ne savez pas. Mettez-le à jour quand il change.',
  'structure.waitInvalid': 'Un nombre de jours entre 0 et 365.',
  'structure.waitDays': { one: '{count} jour d’attente', other: '{count} jours d’attente' },
  'structure.accepting': 'Nous acceptons de nouvelles personnes',
  'structure.notAccepting': 'complet',
  'structure.receives': 'Reçoit des demandes de contact',
  'structure.departements': 'Départements servis (codes séparés par des virgules)',
  'structure.save': 'Enregistrer',
  'structure.saved': 'Enregistré : l’annuaire affiche déjà ces informations.',
} as const satisfies Record<string, Message>;
