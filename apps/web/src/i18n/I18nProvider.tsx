import { createContext, use, useMemo, type ReactNode } from 'react';
import type { Catalogue, MessageKey } from './fr.js';
import { formatDayWithoutIntl } from './calendarNames.js';
import { bcp47, formatDrinks, formatEuros, formatNumber, render } from './format.js';
import { dateTimeFormat } from './intl-cache.js';
import type { Locale, MessageValues } from './types.js';

export interface I18n {
  readonly locale: Locale;
  readonly t: (key: MessageKey, values?: MessageValues) => string;
  readonly number: (value: number, options?: Intl.NumberFormatOptions) => string;
  readonly drinks: (value: number) => string;
  readonly euros: (value: number) => string;
  /** Formats a local calendar day ('YYYY-MM-DD') without any time-zone shift. */
  readonly day: (isoDate: string, options?: Intl.DateTimeFormatOptions) => string;
  readonly dateTime: (date: Date, options?: Intl.DateTimeFormatOptions) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function makeI18n(locale: Locale, catalogue: Catalogue): I18n {
  const tag = bcp47(locale);
  return {
    locale,
    t: (key, values) => render(locale, catalogue[key], values),
    number: (value, options) => formatNumber(locale, value, options),
    drinks: (value) => formatDrinks(locale, value),
    euros: (value) => formatEuros(locale, value),
    day: (isoDate, options = { weekday: 'long', day: 'numeric', month: 'long' }) => {
      const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
      const named = formatDayWithoutIntl(locale, year, month, day, options);
      if (named !== undefined) return named;
      const noonUtc = new Date(Date.UTC(year, month - 1, day, 12));
      return dateTimeFormat(tag, { ...options, timeZone: 'UTC' }).format(noonUtc);
    },
    dateTime: (date, options = { dateStyle: 'long', timeStyle: 'short' }) =>
      dateTimeFormat(tag, options).format(date),
  };
}

export function I18nProvider(props: {
  readonly locale: Locale;
  readonly catalogue: Catalogue;
  readonly children: ReactNode;
}): ReactNode {
  const { locale, catalogue, children } = props;
  const value = useMemo(() => makeI18n(locale, catalogue), [locale, catalogue]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = use(I18nContext);
  if (i18n === null) throw new Error('useI18n outside <I18nProvider>');
  return i18n;
}
