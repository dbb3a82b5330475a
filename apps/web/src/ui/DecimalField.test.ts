import { describe, expect, it } from 'vitest';
import { parseDecimal } from './DecimalField.js';

describe('parseDecimal', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    [' 4 ', 4],
    ['0', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it('reads an empty field as no value', () => {
    expect(parseDecimal('   ')).toBeUndefined();
  });

  it.each(['abc', '-1', '1,2,3', '1e3', '.5'])('reads %j as not a number', (text) => {
    expect(parseDecimal(text)).toBeNaN();
  });
});
