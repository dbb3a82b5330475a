import type { commonFr } from '../fr/common.js';
import type { Translation } from '../types.js';

/** English: shared words, the shell (header, navigation, help strip) and page titles. */
export const commonEn: Translation<typeof commonFr> = {
  'common.loading': 'Loading…',
  'common.undo': 'Undo',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.edit': 'Edit',
  'common.delete': 'Delete',
  'common.back': 'Back',
  'common.close': 'Close',
  'common.errorGeneric': 'Something went wrong. Your data was not changed. Please try again.',

  'shell.skipToContent': 'Skip to content',
  'shell.homeLink': 'Oz, diary home',
  'shell.helpButton': 'Help',

  'nav.label': 'Main navigation',
  'nav.diary': 'Diary',
  'nav.calendar': 'Calendar',
  'nav.goals': 'Goals',
  'nav.evaluate': 'Check',
  'nav.more': 'More',

  'help.stripTitle': 'Need to talk to someone?',
  'help.ais': 'Alcool Info Service, free and anonymous:',
  'help.aisHours': 'every day from 8 am to 2 am',
  'help.emergency': 'Emergency or severe symptoms: call',
  'help.or': 'or',

  'route.diary': 'Diary',
  'route.welcome': 'Welcome',
  'route.profile': 'A few details',
  'route.entourage': 'Worried about someone close',
  'route.quickTest': 'Quick test',
  'route.evaluate': 'Check my drinking',
  'route.questionnaire': 'Questionnaire',
  'route.result': 'Your result',
  'route.addDrink': 'Add a drink',
  'route.editEntry': 'Edit a drink',
  'route.day': 'Day',
  'route.calendar': 'Calendar',
  'route.charts': 'Charts',
  'route.goals': 'Goals',
  'route.gains': 'My gains',
  'route.more': 'More',
  'route.settings': 'Settings',
  'route.data': 'My data',
  'route.privacy': 'Privacy',
  'route.sources': 'Sources and credits',
  'route.help': 'Find help',
  'route.notFound': 'Page not found',

  'notFound.body': 'This page does not exist, or no longer exists.',
  'notFound.home': 'Back to the diary',
};
