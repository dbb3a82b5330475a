import type { Message } from '../types.js';

/** French: gains (money, calories, free days) and charts. */
export const gainsFr = {
  'gains.title': 'Mes gains',
  'gains.daysTitle': 'Jours sans alcool',
  'gains.drinkFreeDays': { one: 'jour sans alcool noté', other: 'jours sans alcool notés' },
  'gains.currentStreak': {
    one: 'jour sans alcool d’affilée en ce moment',
    other: 'jours sans alcool d’affilée en ce moment',
  },
  'gains.longestStreak': {
    one: 'Votre plus longue série : {count} jour.',
    other: 'Votre plus longue série : {count} jours.',
  },
  'gains.sinceStart': {
    one: 'Par rapport à votre semaine habituelle ({count} jour noté)',
    other: 'Par rapport à votre semaine habituelle ({count} jours notés)',
  },
  'gains.moneySaved': 'économisés',
  'gains.moneyMore': 'dépensés en plus',
  'gains.kcalAvoided': 'kcal évitées',
  'gains.kcalMore': 'kcal en plus',
  'gains.drinksAvoided': 'Soit {amount} verres standard de moins que d’habitude.',
  'gains.drinksMore': 'Soit {amount} verres standard de plus que d’habitude.',
  'gains.withoutPrice': {
    one: '{count} consommation sans prix n’est pas comptée dans l’argent.',
    other: '{count} consommations sans prix ne sont pas comptées dans l’argent.',
  },
  'gains.howComputed':
    'Chaque jour noté est comparé à un septième de votre semaine habituelle. Les jours non remplis ne comptent pas.',
  'gains.typicalTitle': 'Ma semaine habituelle avant Oz',
  'gains.typicalWhy':
    'Une estimation suffit. Elle sert seulement à calculer vos gains, et reste sur cet appareil.',
  'gains.typicalDrinks': 'Verres standard par semaine',
  'gains.typicalDrinksHint':
    'Un demi de bière, un verre de vin ou un petit verre d’alcool fort = 1 verre standard.',
  'gains.typicalMoney': 'Dépense en alcool par semaine (€)',
  'gains.typicalError': 'Indiquez des nombres positifs.',
  'gains.typicalSave': 'Enregistrer ma semaine habituelle',
  'gains.typicalSummary': 'Votre semaine habituelle : {drinks} verres standard, {money} €.',
  'gains.typicalEdit': 'Modifier ma semaine habituelle',

  'charts.title': 'Graphiques',
  'charts.weekTitle': 'Semaine du {date}',
  'charts.previousWeek': 'Semaine précédente',
  'charts.nextWeek': 'Semaine suivante',
  'charts.weekSummary': {
    zero: '{total} verres standard cette semaine, aucun jour au-dessus de 2.',
    one: '{total} verres standard cette semaine, {count} jour au-dessus de 2.',
    other: '{total} verres standard cette semaine, {count} jours au-dessus de 2.',
  },
  'charts.dayLine': 'Ligne pointillée : repère de {limit} verres standard par jour.',
  'charts.zeroLine': 'Ligne pointillée : repère zéro alcool.',
  'charts.weekLine': 'Ligne pointillée : repère de {limit} verres standard par semaine.',
  'charts.weeksTitle': 'Les {count} dernières semaines',
  'charts.weeksSummary': {
    zero: 'Aucune semaine au-dessus de 10 sur les {total} dernières.',
    one: '{count} semaine au-dessus de 10 sur les {total} dernières.',
    other: '{count} semaines au-dessus de 10 sur les {total} dernières.',
  },
  'charts.showTable': 'Voir les chiffres en tableau',
  'charts.dayColumn': 'Jour',
  'charts.weekColumn': 'Semaine',
  'charts.valueColumn': 'Verres standard',
  'charts.statusColumn': 'Repère',
  'charts.withinLimit': 'dans le repère',
} as const satisfies Record<string, Message>;
