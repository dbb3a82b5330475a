import type { gainsFr } from '../fr/gains.js';
import type { Translation } from '../types.js';

/** English: gains (money, calories, free days) and charts. */
export const gainsEn: Translation<typeof gainsFr> = {
  'gains.title': 'My gains',
  'gains.daysTitle': 'Drink-free days',
  'gains.drinkFreeDays': { one: 'drink-free day noted', other: 'drink-free days noted' },
  'gains.currentStreak': {
    one: 'drink-free day in a row right now',
    other: 'drink-free days in a row right now',
  },
  'gains.longestStreak': { one: 'Your longest run: {count} day.', other: 'Your longest run: {count} days.' },
  'gains.sinceStart': {
    one: 'Compared with your typical week ({count} day noted)',
    other: 'Compared with your typical week ({count} days noted)',
  },
  'gains.moneySaved': 'saved',
  'gains.moneyMore': 'spent on top',
  'gains.kcalAvoided': 'kcal avoided',
  'gains.kcalMore': 'extra kcal',
  'gains.drinksAvoided': 'That is {amount} fewer standard drinks than usual.',
  'gains.drinksMore': 'That is {amount} more standard drinks than usual.',
  'gains.withoutPrice': {
    one: '{count} drink without a price is not counted in the money.',
    other: '{count} drinks without a price are not counted in the money.',
  },
  'gains.howComputed':
    'Each day noted is compared with one seventh of your typical week. Days not filled in do not count.',
  'gains.typicalTitle': 'My typical week before Oz',
  'gains.typicalWhy':
    'An estimate is enough. It is only used to work out your gains, and stays on this device.',
  'gains.typicalDrinks': 'Standard drinks per week',
  'gains.typicalDrinksHint': 'A half of beer, a glass of wine or a shot = 1 standard drink.',
  'gains.typicalMoney': 'Spending on alcohol per week (€)',
  'gains.typicalError': 'Please enter positive numbers.',
  'gains.typicalSave': 'Save my typical week',
  'gains.typicalSummary': 'Your typical week: {drinks} standard drinks, €{money}.',
  'gains.typicalEdit': 'Edit my typical week',

  'charts.title': 'Charts',
  'charts.weekTitle': 'Week of {date}',
  'charts.previousWeek': 'Previous week',
  'charts.nextWeek': 'Next week',
  'charts.weekSummary': {
    zero: '{total} standard drinks this week, no day above 2.',
    one: '{total} standard drinks this week, {count} day above 2.',
    other: '{total} standard drinks this week, {count} days above 2.',
  },
  'charts.dayLine': 'Dashed line: guideline of {limit} standard drinks a day.',
  'charts.zeroLine': 'Dotted line: the no-alcohol guideline.',
  'charts.weekLine': 'Dashed line: guideline of {limit} standard drinks a week.',
  'charts.weeksTitle': 'The last {count} weeks',
  'charts.weeksSummary': {
    zero: 'No week above 10 in the last {total}.',
    one: '{count} week above 10 in the last {total}.',
    other: '{count} weeks above 10 in the last {total}.',
  },
  'charts.showTable': 'Show the figures as a table',
  'charts.dayColumn': 'Day',
  'charts.weekColumn': 'Week',
  'charts.valueColumn': 'Standard drinks',
  'charts.statusColumn': 'Guideline',
  'charts.withinLimit': 'within the guideline',
};
