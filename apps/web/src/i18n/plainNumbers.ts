import type { Locale } from './types.js';

/*
 * Small numbers and plural forms without Intl. A page's first Intl object (NumberFormat, PluralRules,
 * DateTimeFormat) loads ICU's data: ~40 ms on a mid-range phone, in one piece, inside the first render of
 * a screen (ADR 0008). The numbers the first screens show (standard drinks, days, limits) are below 1 000,
 * where both languages write them simply; these functions write exactly what Intl writes for fr-FR and en-GB
 * (plainNumbers.test.ts compares them) and return `undefined` for anything else, which Intl then formats.
 */

const DECIMAL_SEPARATOR: Readonly<Record<Locale, string>> = { fr: ',', en: '.' };

/**
 * `value` rounded half away from zero to one decimal, from its shortest decimal writing (as Intl does),
 * in tenths; `undefined` when negative, not finite, in exponent notation or 1 000 or more once rounded.
 */
function tenthsOf(value: number): number | undefined {
  if (!Number.isFinite(value) || value < 0 || Object.is(value, -0)) return undefined;
  const text = String(value);
  if (text.includes('e')) return undefined;
  const [whole = '0', fraction = ''] = text.split('.');
  let tenths = Number(whole) * 10 + Number(fraction[0] ?? '0');
  if ((fraction[1] ?? '0') >= '5') tenths += 1;
  return tenths < 10_000 ? tenths : undefined;
}

/**
 * A number with at most one decimal (`minimumFractionDigits` 0 or 1, `maximumFractionDigits` 1) as Intl
 * writes it for the locale, or `undefined` when Intl is needed.
 */
export function formatPlainNumber(
  locale: Locale,
  value: number,
  options: Intl.NumberFormatOptions,
): string | undefined {
  const { minimumFractionDigits = 0, maximumFractionDigits, ...rest } = options;
  if (Object.keys(rest).length > 0 || maximumFractionDigits !== 1) return undefined;
  if (minimumFractionDigits !== 0 && minimumFractionDigits !== 1) return undefined;
  const tenths = tenthsOf(value);
  if (tenths === undefined) return undefined;
  const whole = String(Math.floor(tenths / 10));
  const decimal = tenths % 10;
  if (decimal === 0 && minimumFractionDigits === 0) return whole;
  return `${whole}${DECIMAL_SEPARATOR[locale]}${String(decimal)}`;
}

/** The plural category Intl.PluralRules chooses for `count` (0 ≤ count < 1 000), or `undefined`. */
export function plainPluralCategory(locale: Locale, count: number): 'one' | 'other' | undefined {
  if (!Number.isFinite(count) || count < 0 || Object.is(count, -0) || count >= 1000) return undefined;
  // French: « one » for 0 ≤ n < 2 (integer part 0 or 1); English: « one » for exactly 1.
  if (locale === 'fr') return count < 2 ? 'one' : 'other';
  return count === 1 ? 'one' : 'other';
}
