import type { dataFr } from '../fr/data.js';
import type { Translation } from '../types.js';

/** English: “My data”: export, import, backup and erasing. */
export const dataEn: Translation<typeof dataFr> = {
  'data.title': 'My data',
  'data.intro':
    'Everything you note stays on this device. Here you can copy it, restore it, or erase everything.',
  'data.privacyLink': 'What is stored, and where',
  'data.exportTitle': 'Back up',
  'data.exportHint':
    'The file is saved on your device. Keep it somewhere safe: it contains your private notes.',
  'data.exportBackup': 'Export a full backup (JSON)',
  'data.exportCsv': 'Export the diary (CSV)',
  'data.importTitle': 'Restore a backup',
  'data.importHint':
    "The file's data is added to what is on the device, without duplicates. Nothing is replaced.",
  'data.chooseBackup': 'Choose an Oz backup file',
  'data.ozeTitle': 'Import from Oz Ensemble',
  'data.ozeHint':
    'Did you use Oz Ensemble? Import your transfer file (oz-ensemble-export.json) or the CSV file you received by e-mail to keep your history.',
  'data.chooseOzEnsemble': 'Choose an Oz Ensemble file (JSON or CSV)',
  'data.previewTitle': 'Import preview',
  'data.previewWhat': 'Content',
  'data.previewInFile': 'In the file',
  'data.previewNew': 'New',
  'data.previewEntries': 'Drinks',
  'data.previewDays': 'Days (drink-free, notes)',
  'data.previewScreenings': 'Questionnaire results',
  'data.previewGoals': 'Goals',
  'data.previewCustomDrinks': 'My drinks',
  'data.previewIgnored': 'Not brought into Oz: {keys}.',
  'data.previewMerge': 'Only the new data will be added.',
  'data.previewNothingNew': 'Everything in this file is already on this device.',
  'data.confirmImport': 'Import',
  'data.imported': {
    zero: 'Import done. No new drinks.',
    one: 'Import done: {count} drink added.',
    other: 'Import done: {count} drinks added.',
  },
  'data.importFailed':
    'The import could not be saved on this device. Nothing was changed: try again, or reload the page.',
  'data.errorNotJson': 'This file is not a readable JSON file.',
  'data.errorNotBackup': 'This file is not an Oz backup.',
  'data.errorNewer': 'This backup comes from a newer version of Oz. Update the app, then try again.',
  'data.errorInvalid': 'This backup is damaged ({where}). Nothing was imported.',
  'data.errorNotOzEnsemble': 'This file is neither an Oz Ensemble transfer file nor its CSV export.',
  'data.deleteTitle': 'Erase everything',
  'data.deleteHint':
    'Permanently erases all your data from this device: drinks, notes, results, goals, settings.',
  'data.deleteAll': 'Erase all my data',
  'data.deleteConfirmTitle': 'Erase everything from this device?',
  'data.deleteConfirmBody':
    'This cannot be undone. Your contact requests will be withdrawn and your shares stopped, on the server too. Export a backup first if you want to keep your history.',
  'data.deleteConfirm': 'Yes, erase everything',
  'data.deleteErasing': 'Erasing…',
  'data.deleteServerFailed':
    'The copies sent to a professional (contact requests, shares) could not be erased from the server: you seem to be offline. Try again once connected, or erase this device only: your requests will then stay on the server until the professional closes them, and be erased after their retention period.',
  'data.deleteRetry': 'Try again',
  'data.deleteLocalOnly': 'Erase this device only',
};
