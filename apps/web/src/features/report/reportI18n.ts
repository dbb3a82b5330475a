import type { I18n } from '../../i18n/I18nProvider.js';
import { render } from '../../i18n/format.js';
import type { MessageValues } from '../../i18n/types.js';
import { reportEn } from './messages.en.js';
import { reportFr } from './messages.fr.js';

export type ReportMessageKey = keyof typeof reportFr;

/** The app's i18n plus the report's own messages (`r`), which travel with the report page only. */
export interface ReportI18n extends I18n {
  readonly r: (key: ReportMessageKey, values?: MessageValues) => string;
}

export function reportI18n(i18n: I18n): ReportI18n {
  const messages = i18n.locale === 'en' ? reportEn : reportFr;
  return { ...i18n, r: (key, values) => render(i18n.locale, messages[key], values) };
}
