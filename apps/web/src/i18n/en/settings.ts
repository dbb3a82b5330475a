import type { settingsFr } from '../fr/settings.js';
import type { Translation } from '../types.js';

/** English: the "More" page, settings, privacy and sources. */
export const settingsEn: Translation<typeof settingsFr> = {
  'more.gainsHint': 'Money, calories, drink-free days',
  'more.chartsHint': 'Your week and your last 12 weeks',
  'more.helpHint': 'Places that help, helpline',
  'more.entourageHint': 'When someone close worries you',
  'more.settingsHint': 'Language, profile',
  'route.report': 'Report for my doctor',
  'more.reportHint': 'A PDF or a page to print, and an export for health software',
  'more.dataHint': 'Back up, restore, import, erase everything',
  'more.privacyHint': 'What is stored, and where',
  'more.sourcesHint': 'Where the figures come from',

  'settings.title': 'Settings',
  'settings.language': 'Language',
  'settings.profile': 'My profile',
  'settings.dataLink': 'My data: back up, import, erase',

  'privacy.title': 'Privacy: what is stored, and where',
  'privacy.summary':
    'Oz works without an account. Your diary and your answers stay on this device, in this browser. Nobody else, not even the Oz team, can read them.',
  'privacy.deviceTitle': 'On this device',
  'privacy.deviceIntro': 'In this browser\'s local database (IndexedDB, named "oz"):',
  'privacy.deviceEntries': 'your drinks: drink, quantity, volume, strength, day and time;',
  'privacy.deviceDays': 'your days: drink-free, mood, context and private note;',
  'privacy.deviceScreenings': 'your questionnaire answers and results, with the date;',
  'privacy.deviceGoals': 'your goals and their history;',
  'privacy.deviceDrinks': 'the drinks you created ("My drinks");',
  'privacy.deviceSettings':
    'your settings: language, profile (sex and age band, if you gave them), typical week, last drinks used.',
  'privacy.deviceCache':
    "The browser also keeps a copy of the app's files (to work offline). These files contain no personal data.",
  'privacy.serverTitle': 'What is sent',
  'privacy.serverNothing': 'The diary, questionnaires, goals and gains send nothing to any server.',
  'privacy.serverHelp':
    'When you look for a place that helps, Oz only sends what you type for the search (a town or postcode) to the Oz server, never your diary.',
  'privacy.serverMap':
    "The map only loads if you open it: the map service then sees your device's internet address.",
  'privacy.serverNoTracking': 'No advertising cookie, no audience tracking, no hidden third-party service.',
  'privacy.controlTitle': 'You stay in control',
  'privacy.controlExport': 'Export: the file is created on your device; you choose where it goes.',
  'privacy.controlDelete': 'Erase everything (in My data) removes everything from this device, immediately.',
  'privacy.controlBrowser':
    "Clearing the site's data in your browser, or uninstalling the app, also erases everything.",
  'privacy.controlPersist': 'Oz asks the browser not to erase your data on its own when space runs low.',

  'sources.title': 'Sources and credits',
  'sources.intro': "Oz's thresholds, guidelines and calculations come from public references, cited below.",
  'sources.clinical': 'Clinical references',
  'sources.data': 'Data',
  'sources.standardDrink':
    'Standard drink: 10 g of pure alcohol; grams = volume (ml) × ABV / 100 × 0.8 (OFDT, French Alcohol Society).',
  'sources.catalogue':
    'Drink catalogue: taken from the Oz Ensemble app (SocialGouv, CaPASSCité), completed by the Oz team. Prices are estimates.',
  'sources.directory':
    'Places that help: FINESS directory (French Ministry of Health, data.gouv.fr, Open Licence).',
  'sources.helpline': 'Alcool Info Service: 0 980 980 930, a Santé publique France service.',
  'sources.credits': 'Credits',
  'sources.creditsBody':
    'Oz is free software. It succeeds Oz Ensemble, takes up its ideas and lets you import its history.',

  'settings.noCustomDrink': 'You have not created a drink yet. You can create one when adding a drink.',
  'settings.deleteCustomDrink': 'Remove {name} from My drinks',
  'settings.customDrinkDeleted': 'Removed from My drinks: {name}.',
  'settings.customDrinkHistory': 'Removing a drink does not change drinks already noted.',

  'privacy.deviceRequests':
    'your contact requests and your shares with a care service (to follow their status), and what is waiting for a connection to be sent.',
  'privacy.serverContact':
    'If you ask a professional to contact you, Oz sends the care service what you write in the form and, only if you tick the box, a summary of your results. This data is erased 90 days after the request is closed, or as soon as you withdraw it.',
  'privacy.serverShare':
    'If you choose to share your follow-up with a care service, only its professionals see what you chose, every view is recorded, and you can stop sharing at any time.',
};
