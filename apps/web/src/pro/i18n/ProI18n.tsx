import { createContext, use, useMemo, type ReactNode } from 'react';
import { bcp47, formatDrinks, formatNumber, render } from '../../i18n/format.js';
import { dateTimeFormat } from '../../i18n/intl-cache.js';
import type { Locale, MessageValues, Translation } from '../../i18n/types.js';
import type { proFr } from './messages.fr.js';

/**
 * The workspace's own catalogue (its own bundle: none of these strings reach the person's app), rendered
 * with the same plural and placeholder rules as the person's app (i18n/format.ts).
 */
export type ProMessageKey = keyof typeof proFr;
export type ProCatalogue = Translation<typeof proFr>;

export interface ProI18n {
  readonly locale: Locale;
  readonly t: (key: ProMessageKey, values?: MessageValues) => string;
  readonly number: (value: number) => string;
  readonly drinks: (value: number) => string;
  readonly dateTime: (iso: string, options?: Intl.DateTimeFormatOptions) => string;
  readonly day: (isoDate: string) => string;
}

const Context = createContext<ProI18n | null>(null);

export function makeProI18n(locale: Locale, catalogue: ProCatalogue): ProI18n {
  const tag = bcp47(locale);
  return {
    locale,
    t: (key, values) => render(locale, catalogue[key], values),
    number: (value) => formatNumber(locale, value),
    drinks: (value) => formatDrinks(locale, value),
    dateTime: (iso, options = { dateStyle: 'medium', timeStyle: 'short' }) =>
      dateTimeFormat(tag, options).format(new Date(iso)),
    day: (isoDate) => {
      const [year, month, date] = isoDate.split('-').map(Number);
      const noonUtc = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1, 12));
      return dateTimeFormat(tag, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(noonUtc);
    },
  };
}

export function ProI18nProvider(props: {
  readonly locale: Locale;
  readonly catalogue: ProCatalogue;
  readonly children: ReactNode;
}): ReactNode {
  const value = useMemo(() => makeProI18n(props.locale, props.catalogue), [props.locale, props.catalogue]);
  return <Context value={value}>{props.children}</Context>;
}

export function useProI18n(): ProI18n {
  const value = use(Context);
  if (value === null) throw new Error('useProI18n outside <ProI18nProvider>');
  return value;
}

export async function loadProCatalogue(locale: Locale): Promise<ProCatalogue> {
  if (locale === 'fr') return (await import('./messages.fr.js')).proFr;
  return (await import('./messages.en.js')).proEn;
}
