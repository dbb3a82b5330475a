import { describe, expect, it } from 'vitest';
import { formatDayWithoutIntl } from './calendarNames.js';
import { bcp47 } from './format.js';
import type { Locale } from './types.js';

const SHAPES: readonly Intl.DateTimeFormatOptions[] = [
  { weekday: 'long', day: 'numeric', month: 'long' },
  { weekday: 'long' },
  { weekday: 'short' },
  { weekday: 'narrow' },
  { day: 'numeric', month: 'long' },
  { month: 'long', year: 'numeric' },
];

describe('day labels without Intl', () => {
  it.each<Locale>(['fr', 'en'])('say every day of 2024–2027 as Intl does in %s', (locale) => {
    for (const options of SHAPES) {
      const intl = new Intl.DateTimeFormat(bcp47(locale), { ...options, timeZone: 'UTC' });
      for (let time = Date.UTC(2024, 0, 1, 12); time < Date.UTC(2028, 0, 1); time += 86_400_000) {
        const date = new Date(time);
        const label = formatDayWithoutIntl(
          locale,
          date.getUTCFullYear(),
          date.getUTCMonth() + 1,
          date.getUTCDate(),
          options,
        );
        expect(label).toBe(intl.format(date));
      }
    }
  });

  it('leaves any other options to Intl', () => {
    expect(formatDayWithoutIntl('fr', 2026, 12, 7, { dateStyle: 'long' })).toBeUndefined();
    expect(formatDayWithoutIntl('fr', 2026, 12, 7, { weekday: 'long', year: 'numeric' })).toBeUndefined();
  });
});
