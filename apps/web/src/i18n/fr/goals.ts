import type { Message } from '../types.js';

/** French: goals (the weekly goal, free days and the typical week). */
export const goalsFr = {
  'goals.title': 'Mes objectifs',
  'goals.intro':
    'C’est vous qui choisissez votre objectif. Oz vous propose les repères de santé publique ; toute réduction compte.',
  'goals.current': 'Mon objectif',
  'goals.thisWeek': 'Cette semaine',
  'goals.describeWeek': 'Au plus {max} verres standard par semaine',
  'goals.describeDay': 'Au plus {max} verres standard les jours où je bois',
  'goals.describeFreeDays': 'Jours sans alcool : {days}',
  'goals.describeNoFreeDays': 'Pas de jour sans alcool choisi',
  'goals.progress': '{total} sur {max} verres standard',
  'goals.remaining': 'Il reste {remaining} pour la semaine.',
  'goals.status.achieved': 'Objectif atteint',
  'goals.status.missed': 'Pas atteint cette fois',
  'goals.status.in-progress': 'En cours',
  'goals.status.incomplete': 'Des jours ne sont pas remplis',
  'goals.history': 'Semaines précédentes',
  'goals.historyHint': 'Une semaine au-dessus de l’objectif est une information, pas un échec.',
  'goals.weekOf': 'Semaine du {date}',
  'goals.formTitle': 'Choisir mon objectif',
  'goals.formTitleChange': 'Changer mon objectif',
  'goals.suggestionPregnancy':
    'Zéro alcool pendant la grossesse\xa0: c’est le repère. Si arrêter est difficile, votre sage-femme ou votre médecin peut vous aider, sans jugement.',
  'goals.suggestionMinor':
    'Avant 18 ans, le repère est zéro alcool. Si c’est difficile, une Consultation jeunes consommateurs (CJC) peut vous aider.',
  'goals.suggestion':
    'Les repères : au plus {week} verres standard par semaine, au plus {day} par jour, et des jours sans alcool chaque semaine.',
  'goals.useSuggestion': 'Partir des repères',
  'goals.perWeek': 'Nombre maximum de verres standard par semaine',
  'goals.perWeekHint': '0 pour une semaine sans alcool.',
  'goals.perDay': 'Maximum de verres standard les jours où je bois',
  'goals.freeDays': 'Mes jours sans alcool',
  'goals.save': 'Enregistrer mon objectif',
  'goals.saveAccompanied': 'Enregistrer cet objectif, avec un accompagnement médical',
  'goals.saveAnyway': 'Je choisis d’enregistrer cet objectif maintenant',
  'goals.findSupport': 'Trouver un accompagnement pour arrêter',
  'goals.savedToast': 'Objectif enregistré. Il compte à partir de cette semaine.',
  'goals.errorNumber': 'Indiquez un nombre de verres (0 ou plus).',
  'goals.errorPerDay': 'Le maximum par jour ne peut pas dépasser le maximum par semaine.',
  'goals.errorAllFree': 'Si tous les jours sont sans alcool, le maximum par semaine est 0.',
  'goals.freeDaysHint': 'Les repères conseillent des jours sans alcool chaque semaine : choisissez lesquels.',
} as const satisfies Record<string, Message>;
