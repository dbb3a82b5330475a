import { describe, expect, it } from 'vitest';
import { ageBandOfOzeBracket } from './ageBand.js';

describe('ageBandOfOzeBracket', () => {
  it.each([
    ['-18', 'under-18'],
    ['18-25', '18-24'],
    ['25-45', '25-64'],
    ['26-35', '25-64'],
    ['36-45', '25-64'],
    [' 26-35 ', '25-64'],
  ])('%j → %s', (bracket, band) => {
    expect(ageBandOfOzeBracket(bracket)).toBe(band);
  });

  it.each(['+45', '', 'adult', 0, 2, null, undefined])(
    'maps %j to nothing (asked, not guessed)',
    (bracket) => {
      expect(ageBandOfOzeBracket(bracket)).toBeUndefined();
    },
  );
});
