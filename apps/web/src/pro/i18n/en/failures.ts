import type { Translation } from '../../../i18n/types.js';
import type { proFailuresFr } from '../fr/failures.js';

/** Workspace, English: a screen that failed, or whose code is gone after a deploy. */
export const proFailuresEn: Translation<typeof proFailuresFr> = {
  'failure.title': 'This screen ran into a problem',
  'failure.body':
    'Displaying it failed. Nothing was changed by this error: try again, or reload the page. If it goes on, tell the Oz team.',
  'failure.chunkTitle': 'A new version of the workspace is available',
  'failure.chunkBody':
    'This screen could not open: Oz was updated since this page was opened. Reload the page to go on.',
  'failure.retry': 'Try again',
  'failure.reload': 'Reload the page',
};
