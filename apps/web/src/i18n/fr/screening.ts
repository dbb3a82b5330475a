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
  'result.level.inform.label': 'Risque faible',
  'result.level.inform.meaning':
    'Votre consommation semble peu risquée aujourd’hui. Le risque existe dès le premier verre\xa0: les repères ci-dessous aident à le garder bas.',
  'result.level.self-help.label': 'Consommation à surveiller',
  'result.level.self-help.meaning':
    'Vos réponses montrent un point à surveiller. Des conseils simples et le suivi de votre consommation dans le journal aident souvent à réduire.',
  'result.level.brief-intervention.label': 'Consommation à risque',
  'result.level.brief-intervention.meaning':
    'Votre consommation dépasse probablement les repères et peut peser sur votre santé. C’est fréquent, et réduire est possible\xa0: en parler avec un professionnel, même une seule fois, aide souvent.',
  'result.level.specialist.label': 'Dépendance possible',
  'result.level.specialist.meaning':
    'Vos réponses évoquent une possible dépendance à l’alcool. Ce n’est pas un diagnostic. Un professionnel peut faire le point avec vous, sans jugement, et vous aider à réduire ou à arrêter en sécurité.',
  'result.imported.label': 'Résultat importé d’Oz Ensemble',
  'result.imported.meaning':
    'Ce résultat vient de l’application Oz Ensemble, avec ses propres seuils. Refaites le test rapide pour un résultat à jour.',

  'reperes.title': 'Les repères de consommation',
  'reperes.week': 'Pas plus de {max} verres standard par semaine',
  'reperes.day': 'Pas plus de {max} verres standard par jour',
  'reperes.notEveryDay': 'Des jours sans alcool chaque semaine',
  'reperes.standardDrink':
    'Un verre standard contient 10 g d’alcool pur : un demi de bière, un verre de vin ou un petit verre d’alcool fort servis au bar.',
  'reperes.zero': 'Zéro alcool pendant la grossesse et avant 18 ans. Source : Santé publique France.',
  'reperes.zeroPregnancy.title': 'Zéro alcool pendant la grossesse',
  'reperes.zeroPregnancy.body':
    'Enceinte, en train d’allaiter ou en essayant d’avoir un enfant, le repère est zéro alcool : aucun verre ne peut être dit sans risque pour le bébé. Votre sage-femme, votre médecin ou l’équipe de la maternité peuvent vous aider, sans jugement.',
  'reperes.zeroPregnancy.source': 'Source : Santé publique France.',
  'reperes.zeroPregnancy.cta': 'Trouver de l’aide',
  'reperes.zeroMinor.title': 'Avant 18 ans, zéro alcool',
  'reperes.zeroMinor.body':
    'Avant 18 ans, le repère est zéro alcool. Une Consultation jeunes consommateurs (CJC) vous écoute gratuitement et de façon anonyme, seul ou avec un proche.',
  'reperes.zeroMinor.cta': 'Trouver une CJC',
  'reperes.older':
    'Après 65 ans : pas plus de 7 verres par semaine et 2 par occasion, au moins 2 jours sans alcool par semaine ; si vous buvez tous les jours, 1 verre au plus. L’alcool augmente le risque de chute et agit sur de nombreux médicaments. Source : pour-les-personnes-agees.gouv.fr.',
  'reperes.zeroSituations.title': 'Zéro alcool, c’est la règle ou le plus sûr :',
  'reperes.zeroSituations.driving':
    'au volant : la limite est de 0,5 g d’alcool par litre de sang, et de 0,2 g (zéro verre) en permis probatoire et pour les conducteurs de bus et de car ;',
  'reperes.zeroSituations.machines': 'pour utiliser une machine ou tenir un poste de sécurité ;',
  'reperes.zeroSituations.medicines':
    'avec certains médicaments : demandez à votre médecin ou à votre pharmacien, ou lisez la notice.',

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
