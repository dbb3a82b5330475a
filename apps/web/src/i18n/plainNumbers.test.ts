import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bcp47 } from './format.js';
import { formatPlainNumber, plainPluralCategory } from './plainNumbers.js';
import type { Locale } from './types.js';

const LOCALES: readonly Locale[] = ['fr', 'en'];
const OPTIONS: readonly Intl.NumberFormatOptions[] = [
  { maximumFractionDigits: 1 },
  { minimumFractionDigits: 1, maximumFractionDigits: 1 },
];

const intl = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    {
      numbers: OPTIONS.map((options) => new Intl.NumberFormat(bcp47(locale), options)),
      plurals: new Intl.PluralRules(bcp47(locale)),
    },
  ]),
) as Record<Locale, { numbers: Intl.NumberFormat[]; plurals: Intl.PluralRules }>;

/** Plain comparisons (a failing `expect` per value would be slow over 100 000 values). */
function differencesFromIntl(locale: Locale, value: number): string[] {
  const differences: string[] = [];
  OPTIONS.forEach((options, index) => {
    const plain = formatPlainNumber(locale, value, options);
    const expected = intl[locale].numbers[index]?.format(value);
    if (plain !== undefined && plain !== expected)
      differences.push(`${String(value)}: ${plain} ≠ ${String(expected)}`);
  });
  const category = plainPluralCategory(locale, value);
  const expected = intl[locale].plurals.select(value);
  if (category !== undefined && category !== expected)
    differences.push(`${String(value)}: ${category} ≠ ${expected}`);
  return differences;
}

describe('numbers without Intl', () => {
  it.each(LOCALES)('write every hundredth from 0 to 1 000 as Intl does in %s', (locale) => {
    const differences: string[] = [];
    for (let hundredths = 0; hundredths <= 100_000; hundredths += 1) {
      differences.push(...differencesFromIntl(locale, hundredths / 100));
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });

  it.each(LOCALES)('write any double below 1 000 as Intl does in %s, or leave it to Intl', (locale) => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 1_100, noNaN: true }), (value) => {
        expect(differencesFromIntl(locale, value)).toEqual([]);
      }),
      { numRuns: 5_000 },
    );
  });

  it('covers the first screens’ numbers and leaves the rest to Intl', () => {
    expect(formatPlainNumber('fr', 1.25, { maximumFractionDigits: 1 })).toBe('1,3');
    expect(formatPlainNumber('fr', 0.15, { minimumFractionDigits: 1, maximumFractionDigits: 1 })).toBe('0,2');
    expect(formatPlainNumber('en', 14, { minimumFractionDigits: 1, maximumFractionDigits: 1 })).toBe('14.0');
    expect(formatPlainNumber('fr', 1000, { maximumFractionDigits: 1 })).toBeUndefined();
    expect(formatPlainNumber('fr', -1, { maximumFractionDigits: 1 })).toBeUndefined();
    expect(
      formatPlainNumber('fr', 3, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
    ).toBeUndefined();
    expect(plainPluralCategory('fr', 1.5)).toBe('one');
    expect(plainPluralCategory('en', 1.5)).toBe('other');
  });
});
