import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  K_ANONYMITY_THRESHOLD,
  publishMedian,
  publishShare,
  suppressSmallCounts,
  SuppressionInputError,
} from './suppression.js';
import type { AdditiveGroup, PublishedCount } from './suppression.js';

function cellsOf(values: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(values));
}

function visible(published: Map<string, PublishedCount>): Record<string, number | string> {
  return Object.fromEntries(
    [...published].map(([id, cell]) => [id, 'value' in cell ? cell.value : cell.suppressed]),
  );
}

describe('suppressSmallCounts', () => {
  it.each([
    {
      name: 'publishes counts at or above the threshold',
      values: { a: 5, b: 12 },
      expected: { a: 5, b: 12 },
    },
    {
      name: 'hides 0 to 4 as below the threshold',
      values: { a: 0, b: 4, c: 5 },
      expected: { a: 'below-threshold', b: 'below-threshold', c: 5 },
    },
  ])('$name', ({ values, expected }) => {
    expect(visible(suppressSmallCounts(cellsOf(values), []))).toEqual(expected);
  });

  it('hides the smallest other part when a total would give a small cell away', () => {
    const cells = cellsOf({ total: 30, jan: 3, feb: 12, mar: 15 });
    const groups = [{ total: 'total', parts: ['jan', 'feb', 'mar'] }];
    expect(visible(suppressSmallCounts(cells, groups))).toEqual({
      total: 30,
      jan: 'below-threshold',
      feb: 'complementary',
      mar: 15,
    });
  });

  it('hides the total when it is the only other member left', () => {
    const cells = cellsOf({ total: 7, known: 7, notSaid: 0 });
    const groups = [{ total: 'total', parts: ['known', 'notSaid'] }];
    expect(visible(suppressSmallCounts(cells, groups))).toEqual({
      total: 7,
      known: 'complementary',
      notSaid: 'below-threshold',
    });
  });

  it('propagates across groups that share cells (a month is in a period and in a distribution)', () => {
    const cells = cellsOf({ period: 40, m1: 20, m2: 20, m1a: 2, m1b: 18 });
    const groups: AdditiveGroup[] = [
      { total: 'period', parts: ['m1', 'm2'] },
      { total: 'm1', parts: ['m1a', 'm1b'] },
    ];
    const published = visible(suppressSmallCounts(cells, groups));
    expect(published.m1a).toBe('below-threshold');
    expect(published.m1b).toBe('complementary');
  });

  it('refuses negative or fractional counts and unknown cells', () => {
    expect(() => suppressSmallCounts(cellsOf({ a: -1 }), [])).toThrow(SuppressionInputError);
    expect(() => suppressSmallCounts(cellsOf({ a: 1.5 }), [])).toThrow(SuppressionInputError);
    expect(() => suppressSmallCounts(cellsOf({ a: 1 }), [{ total: 'a', parts: ['b'] }])).toThrow(
      SuppressionInputError,
    );
  });

  const tables = fc
    .array(fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 })
    .map((rows) => {
      const cells = new Map<string, number>();
      const groups: AdditiveGroup[] = [];
      const rowTotals: string[] = [];
      rows.forEach((row, r) => {
        const parts = row.map((value, c) => {
          cells.set(`r${String(r)}c${String(c)}`, value);
          return `r${String(r)}c${String(c)}`;
        });
        cells.set(
          `r${String(r)}`,
          row.reduce((sum, value) => sum + value, 0),
        );
        rowTotals.push(`r${String(r)}`);
        groups.push({ total: `r${String(r)}`, parts });
      });
      cells.set(
        'all',
        rowTotals.reduce((sum, id) => sum + (cells.get(id) ?? 0), 0),
      );
      groups.push({ total: 'all', parts: rowTotals });
      return { cells, groups };
    });

  it('never publishes a count below the threshold, and published numbers are the true ones', () => {
    fc.assert(
      fc.property(tables, ({ cells, groups }) => {
        for (const [id, cell] of suppressSmallCounts(cells, groups)) {
          const value = cells.get(id) ?? -1;
          if ('value' in cell) {
            expect(cell.value).toBe(value);
            expect(value).toBeGreaterThanOrEqual(K_ANONYMITY_THRESHOLD);
          } else if (cell.suppressed === 'below-threshold') {
            expect(value).toBeLessThan(K_ANONYMITY_THRESHOLD);
          }
        }
      }),
    );
  });

  it('never leaves exactly one hidden member in a group (no recovery by subtraction)', () => {
    fc.assert(
      fc.property(tables, ({ cells, groups }) => {
        const published = suppressSmallCounts(cells, groups);
        for (const group of groups) {
          const hidden = [group.total, ...group.parts].filter((id) => {
            const cell = published.get(id);
            return cell === undefined || !('value' in cell);
          });
          expect(hidden.length).not.toBe(1);
        }
      }),
    );
  });
});

describe('publishShare and publishMedian', () => {
  it.each([
    { numerator: 8, denominator: 16, expected: 0.5 },
    { numerator: 4, denominator: 16, expected: undefined },
    { numerator: 14, denominator: 16, expected: undefined },
    { numerator: 0, denominator: 0, expected: undefined },
  ])('share $numerator/$denominator → $expected', ({ numerator, denominator, expected }) => {
    expect(publishShare(numerator, denominator)).toBe(expected);
  });

  it.each([
    { values: [1, 2, 3, 4], expected: undefined },
    { values: [5, 1, 4, 2, 3], expected: 3 },
    { values: [1, 2, 3, 4, 5, 6], expected: 3.5 },
  ])('median of $values → $expected', ({ values, expected }) => {
    expect(publishMedian(values)).toBe(expected);
  });
});
