import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat, pluralRulesOf } from './intl-cache.js';

describe('cached Intl formatters', () => {
  it('builds one formatter per locale and options, and formats like a fresh one', () => {
    const options = { dateStyle: 'full', timeZone: 'Europe/Paris' } as const;
    expect(dateTimeFormat('fr-FR', options)).toBe(dateTimeFormat('fr-FR', { ...options }));
    expect(dateTimeFormat('fr-FR', options)).not.toBe(dateTimeFormat('en-GB', options));
    const instant = new Date('2026-03-02T09:00:00Z');
    expect(dateTimeFormat('fr-FR', options).format(instant)).toBe(
      new Intl.DateTimeFormat('fr-FR', options).format(instant),
    );
    expect(numberFormat('fr-FR', { maximumFractionDigits: 1 })).toBe(
      numberFormat('fr-FR', { maximumFractionDigits: 1 }),
    );
    expect(pluralRulesOf('fr-FR').select(1)).toBe('one');
  });
});
