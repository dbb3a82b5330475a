import type { failuresFr } from '../fr/failures.js';
import type { Translation } from '../types.js';

/** English: what the app says when a screen, its code or the device's storage fails. */
export const failuresEn: Translation<typeof failuresFr> = {
  'failure.chunkTitle': 'A new version of Oz is available',
  'failure.chunkBody':
    'This screen could not open: Oz was updated since this page was opened. Reload the page to go on. Your data stays on this device.',
  'failure.storageTitle': 'Your data could not be read',
  'failure.storageBody':
    'This device did not let Oz read its data (private browsing, storage full, or Oz open in another tab). Nothing is erased: try again, or reload the page.',
  'failure.screenTitle': 'This screen ran into a problem',
  'failure.screenBody':
    'It is not your doing, and your data stays on this device. Try again, or go back to the diary.',
  'failure.retry': 'Try again',
  'failure.reload': 'Reload the page',
  'failure.home': 'Back to the diary',
  'failure.bootTitle': 'Oz could not start',
  'failure.bootBody':
    'This device’s data could not be opened (private browsing, storage full, or storage blocked by the browser). Reload the page; if it goes on, close the other Oz tabs.',
  'storage.replaced': 'Oz was updated in another tab. Reload this page to go on: nothing you saved is lost.',
  'storage.blocked':
    'Oz is still open in another tab with an older version. Close or reload that tab to go on here.',
  'storage.writeFailed':
    'This could not be done on this device: your data could not be saved or read. What you typed is still here: try again. If it happens again, reload the page.',
  'storage.dismiss': 'Close this message',
};
