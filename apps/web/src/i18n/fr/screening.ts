import type { Message } from '../types.js';

/** French: questionnaires (AUDIT-C, AUDIT, FACE), their results and the evaluation history. */
export const screeningFr = {
  'screening.start': 'Commencer',
  'screening.notNow': 'Pas maintenant',
  'screening.progress': 'Question {current} sur {total}',
  'screening.answers': 'Réponses possibles',
  'screening.previous': 'Question précédente',
  'screening.standardDrinkHint':
    'Un « verre » ici, c’est un verre standard : 25 cl de bière à 5 %, 10 cl de vin à 12 %, 7 cl d’apéritif à 18 % ou 3 cl d’alcool fort à 40 %. Chacun contient environ 10 g d’alcool pur.',
  'screening.privacy': {
    one: '{count} question. Vos réponses restent sur cet appareil.',
    other: '{count} questions. Vos réponses restent sur cet appareil.',
  },

  'result.title': 'Votre résultat',
  'result.missing': 'Ce résultat n’existe pas sur cet appareil.',
  'result.score': 'Score : {total} sur {max}',
  'result.moreComplete': 'Aller plus loin avec le questionnaire complet (AUDIT, 10 questions)',
  'result.audit-c.low.label': 'Risque faible',
  'result.audit-c.low.meaning':
    'Votre consommation semble peu risquée aujourd’hui. Le risque existe dès le premier verre : les repères ci-dessous aident à le garder bas.',
  'result.audit-c.misuse.label': 'Consommation à risque',
  'result.audit-c.misuse.meaning':
    'Votre consommation dépasse probablement les repères et peut peser sur votre santé. C’est fréquent, et réduire est possible : beaucoup de personnes y arrivent, seules ou accompagnées.',
  'result.audit-c.dependence.label': 'Dépendance possible',
  'result.audit-c.dependence.meaning':
    'Vos réponses évoquent une possible dépendance à l’alcool. Ce n’est pas un diagnostic. Un professionnel peut faire le point avec vous, sans jugement, et vous aider à réduire en sécurité.',
  'result.face.low.label': 'Risque faible',
  'result.face.low.meaning':
    'Vos réponses ne montrent pas de consommation excessive. Les repères ci-dessous aident à garder le risque bas.',
  'result.face.excessive.label': 'Consommation excessive probable',
  'result.face.excessive.meaning':
    'Vos réponses évoquent une consommation excessive. En parler avec un professionnel, même une seule fois, aide souvent à réduire.',
  'result.face.dependence.label': 'Dépendance probable',
  'result.face.dependence.meaning':
    'Vos réponses évoquent une dépendance probable. Ce n’est pas un diagnostic : une consultation spécialisée permet de faire le point et d’avoir un accompagnement.',
  'result.audit.zone-1.label': 'Risque faible',
  'result.audit.zone-1.meaning':
    'Votre consommation présente un risque faible. Les repères ci-dessous aident à le garder bas.',
  'result.audit.zone-2.label': 'Consommation à risque',
  'result.audit.zone-2.meaning':
    'Votre consommation augmente le risque pour votre santé. Des conseils simples et un suivi de votre consommation aident souvent à réduire.',
  'result.audit.zone-3.label': 'Consommation nocive',
  'result.audit.zone-3.meaning':
    'Votre consommation a probablement déjà des effets sur votre santé ou votre vie. Un échange avec un professionnel peut vraiment aider.',
  'result.audit.zone-4.label': 'Dépendance possible',
  'result.audit.zone-4.meaning':
    'Vos réponses évoquent une possible dépendance. Une consultation spécialisée permet de faire le point et de réduire ou d’arrêter en sécurité.',
  'result.imported.label': 'Résultat importé d’Oz Ensemble',
  'result.imported.meaning':
    'Ce résultat vient de l’application Oz Ensemble, avec ses propres seuils. Refaites le test rapide pour un résultat à jour.',

  'reperes.title': 'Les repères de consommation',
  'reperes.week': 'Pas plus de {max} verres standard par semaine',
  'reperes.day': 'Pas plus de {max} verres standard par jour',
  'reperes.notEveryDay': 'Des jours sans alcool chaque semaine',
  'reperes.standardDrink':
    'Un verre standard contient 10 g d’alcool pur : un demi de bière, un verre de vin ou un petit verre d’alcool fort servis au bar.',
  'reperes.zero': 'Pendant la grossesse, zéro alcool est le plus sûr. Source : Santé publique France, 2017.',

  'withdrawal.title': 'N’arrêtez pas d’un coup sans aide médicale',
  'withdrawal.body':
    'Quand le corps s’est habitué à l’alcool, un arrêt brutal peut provoquer un sevrage dangereux (convulsions, délirium tremens). Réduire ou arrêter reste possible : avec l’aide d’un médecin ou d’un CSAPA, c’est plus sûr.',
  'withdrawal.symptoms':
    'Tremblements, sueurs, cœur qui bat vite, angoisse, nausées ou confusion quand vous buvez moins : parlez-en vite à un médecin. En cas de malaise grave ou de convulsions, appelez le 15 ou le 112.',
  'withdrawal.helpline': 'Alcool Info Service vous conseille (appel anonyme et non surtaxé) :',
  'withdrawal.findCare': 'Trouver une consultation',

  'evaluate.title': 'Évaluer ma consommation',
  'evaluate.intro':
    'Trois questionnaires reconnus, à refaire quand vous voulez pour voir l’évolution. Les réponses restent sur cet appareil.',
  'evaluate.about.audit-c': '3 questions, moins d’une minute.',
  'evaluate.about.audit': '10 questions, environ 3 minutes. Le questionnaire de référence de l’OMS.',
  'evaluate.about.face': '5 questions, utilisé par les médecins en France.',
  'evaluate.take': 'Faire le test',
  'evaluate.retake': 'Refaire le test',
  'evaluate.historyTitle': 'Mes résultats',
  'evaluate.historyEmpty': 'Aucun résultat pour l’instant.',
  'evaluate.compareTitle': 'Comparer',
  'evaluate.compareEmpty': 'Refaites un questionnaire pour comparer avec votre résultat précédent.',
  'evaluate.compareLine': 'Dernier score : {latest} ({latestDate}). Précédent : {previous} ({previousDate}).',
  'evaluate.compareDown': { one: 'En baisse de {points} point.', other: 'En baisse de {points} points.' },
  'evaluate.compareUp': { one: 'En hausse de {points} point.', other: 'En hausse de {points} points.' },
  'evaluate.compareSame': 'Score identique.',
} as const satisfies Record<string, Message>;
