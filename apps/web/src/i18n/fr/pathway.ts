import type { Message } from '../types.js';

/** French: the suggested next steps after a result. */
export const pathwayFr = {
  'pathway.level.inform.title': 'Continuer à prendre soin de vous',
  'pathway.level.inform.body':
    'Gardez les repères en tête. Le journal vous aide à voir votre consommation semaine après semaine.',
  'pathway.level.self-help.title': 'Réduire avec le journal et des objectifs',
  'pathway.level.self-help.body':
    'Noter ce que vous buvez et vous fixer un objectif à votre mesure aide à réduire. Vous décidez du rythme.',
  'pathway.level.brief-intervention.title': 'En parler avec un professionnel',
  'pathway.level.brief-intervention.body':
    'Un échange avec un médecin ou un professionnel en addictologie, même court, aide souvent à réduire. C’est gratuit en CSAPA (centre de soins, d’accompagnement et de prévention en addictologie) et en CJC (consultation jeunes consommateurs), et confidentiel.',
  'pathway.level.specialist.title': 'Se faire accompagner par une équipe spécialisée',
  'pathway.level.specialist.body':
    'Une consultation en addictologie permet de faire le point et de réduire ou d’arrêter en sécurité. Les CSAPA (centres de soins, d’accompagnement et de prévention en addictologie) vous reçoivent gratuitement et de façon confidentielle.',
  'pathway.why': 'Pourquoi cette proposition ?',
  'pathway.nextSteps': 'Et maintenant ?',
  'pathway.findHelp': 'Trouver de l’aide près de chez moi',
  'pathway.talkToSomeone': 'Parler à quelqu’un',
  'pathway.startDiary': 'Suivre ma consommation dans le journal',
  'pathway.setGoal': 'Me fixer un objectif',
  'pathway.reason.no-data': 'Pas encore de résultat ni de journal.',
  'pathway.reason.audit-low': 'Questionnaire AUDIT : risque faible.',
  'pathway.reason.audit-misuse': 'Questionnaire AUDIT : consommation probablement à risque.',
  'pathway.reason.audit-probable-dependence': 'Questionnaire AUDIT : dépendance probable.',
  'pathway.reason.audit-zone-4': 'Questionnaire AUDIT : dépendance possible.',
  'pathway.reason.audit-dependence-items': 'Des réponses évoquent une perte de contrôle.',
  'pathway.reason.audit-morning-drinking':
    'Boire le matin pour se sentir en forme est un signe de dépendance.',
  'pathway.reason.audit-recent-harm': 'Quelqu’un a été blessé, ou un proche s’est inquiété, cette année.',
  'pathway.reason.audit-consumption-misuse':
    'Test complet, trois premières questions : consommation à risque.',
  'pathway.reason.audit-consumption-dependence':
    'Test complet, trois premières questions : dépendance possible.',
  'pathway.reason.audit-c-low': 'Test rapide : risque faible.',
  'pathway.reason.audit-c-misuse': 'Test rapide : consommation à risque.',
  'pathway.reason.audit-c-dependence': 'Test rapide : dépendance possible.',
  'pathway.reason.face-low': 'Questionnaire FACE : risque faible.',
  'pathway.reason.face-excessive': 'Questionnaire FACE : consommation excessive probable.',
  'pathway.reason.face-dependence': 'Questionnaire FACE : dépendance probable.',
  'pathway.reason.face-morning-drinking':
    'Boire le matin pour se sentir en forme est un signe de dépendance.',
  'pathway.reason.diary-within-guidelines': 'Votre journal récent reste dans les repères.',
  'pathway.reason.diary-above-guidelines': 'Votre journal récent dépasse les repères.',
  'pathway.reason.diary-weeks-above-weekly-limit':
    'Plusieurs semaines au-dessus de 10 verres dans votre journal.',
  'pathway.reason.diary-heavy-drinking-days': 'Des journées à 6 verres ou plus dans votre journal.',
  'pathway.reason.diary-no-drink-free-day': 'Plusieurs semaines sans jour sans alcool.',
  'pathway.reason.diary-daily-heavy-drinking':
    'Une consommation importante (6 verres ou plus) presque tous les jours.',
  'pathway.reason.young-person':
    'Avant 25 ans, les CJC (consultations jeunes consommateurs) sont faites pour vous.',
  'pathway.reason.minor-drinking': 'Avant 18 ans, le plus sûr est de ne pas boire d’alcool.',
  'pathway.reason.pregnancy':
    'Pendant la grossesse, zéro alcool est le plus sûr ; une aide existe, sans jugement.',
  'pathway.reason.older-person-withdrawal': 'Après 75 ans, un arrêt se prépare avec une équipe médicale.',
  'pathway.reason.withdrawal-complications-history':
    'Vous avez déjà eu des convulsions ou un délirium tremens en arrêtant l’alcool.',
  'pathway.reason.reported-withdrawal-signs':
    'Vous avez signalé des signes de manque, ou boire dès le matin.',
  'pathway.reason.sedatives-with-alcohol':
    'Vous prenez un médicament calmant ou pour dormir : arrêter l’alcool se prépare alors avec un médecin.',
} as const satisfies Record<string, Message>;
