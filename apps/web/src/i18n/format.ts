import { numberFormat, pluralRulesOf } from './intl-cache.js';
import { formatPlainNumber, plainPluralCategory } from './plainNumbers.js';
import type { Locale, Message, MessageValues } from './types.js';

const BCP47: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export function bcp47(locale: Locale): string {
  return BCP47[locale];
}

/** Formats a number for the locale: at most one decimal unless told otherwise. */
export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  const resolved = { maximumFractionDigits: 1, ...options };
  return formatPlainNumber(locale, value, resolved) ?? numberFormat(BCP47[locale], resolved).format(value);
}

/** Standard drinks are always shown with exactly one decimal (issue 3). */
export function formatDrinks(locale: Locale, value: number): string {
  return formatNumber(locale, value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function formatEuros(locale: Locale, value: number): string {
  return formatNumber(locale, value, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
}

/** Picks the plural form and fills `{placeholders}`; `count` selects the form. */
export function render(locale: Locale, message: Message, values: MessageValues = {}): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = typeof values['count'] === 'number' ? values['count'] : 0;
    const rule = plainPluralCategory(locale, count) ?? pluralRulesOf(BCP47[locale]).select(count);
    text =
      count === 0 && message.zero !== undefined ? message.zero : rule === 'one' ? message.one : message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}
