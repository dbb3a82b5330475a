import type { I18n } from '../../i18n/I18nProvider.js';
import type { ScreeningRecord } from '../../storage/types.js';

/**
 * When a result was taken, in words. Oz Ensemble kept no date for its quick test: an imported result says the
 * day of the import and that the test's own date is unknown, never passing the import for the test.
 */
export function takenOnText(
  i18n: Pick<I18n, 't' | 'dateTime'>,
  record: Pick<ScreeningRecord, 'instrument' | 'takenAt'>,
  options?: Intl.DateTimeFormatOptions,
): string {
  const date = i18n.dateTime(new Date(record.takenAt), options);
  return record.instrument === 'oz-ensemble-audit-c' ? i18n.t('oze.importedOn', { date }) : date;
}
