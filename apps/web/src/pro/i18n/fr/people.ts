import type { Message } from '../../../i18n/types.js';

/** Workspace, French: inviting a person and the people who share their follow-up. */
export const proPeopleFr = {
  'invite.title': 'Inviter une personne',
  'invite.intro':
    'Donnez un code à la personne que vous suivez : elle le saisit dans Oz (ou scanne le code QR) et choisit ce qu’elle partage avec votre structure.',
  'invite.label': 'Repère pour vous (facultatif)',
  'invite.labelHint': 'Initiales ou numéro de dossier : seule votre équipe le voit, jamais la personne.',
  'invite.create': 'Créer un code',
  'invite.ready': 'Code prêt à donner',
  'invite.code': 'Code :',
  'invite.qrLabel': 'Code QR du lien d’invitation, code {code}',
  'invite.url': 'Lien : {url}',
  'invite.expires': 'Valable jusqu’au {date}, une seule fois.',
  'invite.explain':
    'La personne garde la main : elle choisit ce qu’elle partage et peut arrêter à tout moment, les données sont alors effacées du serveur.',
  'invite.print': 'Imprimer',

  'people.title': 'Personnes suivies',
  'people.none': 'Aucune personne n’est reliée à votre structure pour le moment.',
  'people.label': 'Repère',
  'people.noLabel': 'Sans repère',
  'people.linkedAt': 'Reliée le',
  'people.updatedAt': 'Dernier partage',
  'people.scopes': 'Partage',
  'people.nothingYet': 'Rien reçu pour l’instant.',
  'people.nothingShared': 'Rien',
  'people.scope.diary': 'résumé du journal',
  'people.scope.screening': 'résultats de tests',

  'person.title': 'Personne suivie',
  'person.back': '← Personnes suivies',
  'person.linked': 'Reliée le {date}.',
  'person.updated': 'Dernier envoi le {date}.',
  'person.consent':
    'Vous voyez uniquement ce que la personne a choisi de partager ; elle peut arrêter à tout moment.',

  'shared.noDiary': 'Le résumé du journal n’est pas partagé.',
  'shared.noWeeks': 'Aucune semaine remplie pour l’instant.',
  'shared.noScreenings': 'Aucun résultat de test pour l’instant.',
  'shared.noScreening': 'Les résultats de tests ne sont pas partagés.',
  'shared.weeksCaption': 'Journal : totaux par semaine (verres standard)',
  'shared.weekOf': 'Semaine du',
  'shared.total': 'Verres standard',
  'shared.drinkingDays': 'Jours avec alcool',
  'shared.heaviest': 'Jour le plus élevé',
  'shared.logged': 'Jours remplis',
  'shared.above': 'au-dessus de 10',
  'shared.chartLabel': {
    one: 'Graphique : 1 semaine, dernière semaine {last} verres standard. Détail dans le tableau.',
    other: 'Graphique : {count} semaines, dernière semaine {last} verres standard. Détail dans le tableau.',
  },
  'shared.chartCaption':
    'Barres : verres standard par semaine. Ligne : repère de 10 verres par semaine. ▲ : au-dessus du repère.',
  'shared.screeningsCaption': 'Historique des tests',
  'shared.date': 'Date',
  'shared.instrument': 'Test',
  'shared.score': 'Score',
  'shared.level': 'Niveau',

  'level.audit-c.low': 'Risque faible',
  'level.audit-c.misuse': 'Consommation à risque',
  'level.audit-c.dependence': 'Dépendance possible',
  'level.face.low': 'Risque faible',
  'level.face.excessive': 'Consommation excessive probable',
  'level.face.dependence': 'Dépendance probable',
  'level.audit.zone-1': 'Zone I, risque faible',
  'level.audit.zone-2': 'Zone II, consommation à risque',
  'level.audit.zone-3': 'Zone III, consommation nocive',
  'level.audit.zone-4': 'Zone IV, dépendance possible',

  'instrument.audit-c': 'AUDIT-C',
  'instrument.audit': 'AUDIT',
  'instrument.face': 'FACE',
} as const satisfies Record<string, Message>;
