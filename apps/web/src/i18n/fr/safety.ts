import type { Message } from '../types.js';

/**
 * French: the safety questions before a break or a deep cut, and the medical-support advice (issue 8).
 * Informs, never blocks, never shames: the person always keeps the choice.
 */
export const safetyFr = {
  'safety.title': 'Avant de commencer : quatre questions pour votre sécurité',
  'safety.intro':
    'Quand le corps s’est habitué à l’alcool, arrêter d’un coup ou réduire beaucoup peut provoquer un sevrage, parfois dangereux. Ces questions permettent de savoir si un accompagnement médical est plus sûr pour vous. Vos réponses restent sur cet appareil.',
  'safety.why.dependence-signals':
    'Vos réponses ou votre journal montrent des signes de dépendance à l’alcool.',
  'safety.why.consumption-unknown': 'Oz ne sait pas encore combien vous buvez habituellement.',
  'safety.yes': 'Oui',
  'safety.no': 'Non',
  'safety.continue': 'Continuer',
  'safety.skip': 'Je préfère ne pas répondre',
  'safety.errorUnanswered':
    'Répondez à chaque question par oui ou par non, ou choisissez « Je préfère ne pas répondre ».',
  'safety.previous': 'Vos réponses du {date} sont déjà cochées : vérifiez qu’elles sont toujours justes.',
  'safety.advice.title': 'Réduire ou arrêter avec un accompagnement médical, c’est plus sûr',
  'safety.advice.medical-support':
    'D’après vos réponses, un arrêt brutal pourrait provoquer un sevrage. Le plus sûr est de réduire ou d’arrêter avec l’aide d’un médecin, d’un CSAPA (centre de soins, d’accompagnement et de prévention en addictologie) ou d’Alcool Info Service. Ils peuvent vous suivre pendant les premiers jours et, si besoin, vous prescrire un traitement.',
  'safety.advice.supervised-withdrawal':
    'Vous avez déjà eu des convulsions ou un délirium tremens en arrêtant l’alcool : un nouvel arrêt doit se préparer avec un médecin, souvent à l’hôpital. Parlez-en à votre médecin traitant ou à un CSAPA avant d’arrêter.',
  'safety.advice.unanswered': 'Sans réponse à toutes les questions, Oz ne peut pas écarter ce risque.',
  'safety.advice.sedatives':
    'Vous prenez un médicament calmant ou pour dormir : dites-le au médecin qui vous accompagne, il en tiendra compte.',
  'safety.help.title': 'Où trouver cet accompagnement',
  'safety.help.doctor': 'Votre médecin traitant peut vous accompagner lui-même, ou vous orienter.',
  'safety.help.ais': 'Alcool Info Service, appel anonyme et non surtaxé, tous les jours de 8 h à 2 h :',
  'safety.help.csapa': 'Trouver un CSAPA près de chez moi',
  'safety.help.hospital': 'Trouver une consultation d’addictologie à l’hôpital',
  'safety.help.emergency':
    'Convulsions, grande confusion, hallucinations ou malaise : c’est une urgence, appelez le',
  'safety.choice':
    'C’est vous qui décidez. Si vous commencez maintenant, prévenez un proche, ne restez pas sans personne autour de vous les premiers jours, et appelez un médecin au moindre signe de manque.',
  'safety.proceedAnyway': 'Je choisis de commencer maintenant',
  'safety.back': 'Revenir à mon choix',
} as const satisfies Record<string, Message>;
