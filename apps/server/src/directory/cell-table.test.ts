import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellTable } from './cell-table.js';

/** The range the table gives for `key`, or undefined. */
function rangeOf(table: CellTable, key: number): [number, number] | undefined {
  const entry = table.find(key);
  return entry === undefined ? undefined : [table.startOf(entry), table.endOf(entry)];
}

describe('CellTable', () => {
  it('finds every key it holds with its range, and no other key, like a Map', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 0x7fffffff }), { maxLength: 300 }),
        fc.array(fc.integer({ min: -5, max: 0x7fffffff }), { maxLength: 50 }),
        fc.nat({ max: 1000 }),
        (keys, probes, width) => {
          const table = new CellTable(keys.length);
          const map = new Map<number, [number, number]>();
          keys.forEach((key, cell) => {
            const range: [number, number] = [cell * width, cell * width + width];
            table.set(key, ...range);
            map.set(key, range);
          });
          for (const key of [...keys, ...probes]) expect(rangeOf(table, key)).toEqual(map.get(key));
        },
      ),
    );
  });

  it('holds keys that share their low bits (cells of one column of the grid)', () => {
    const keys = Array.from({ length: 1000 }, (_, row) => row * 32768 + 20000);
    const table = new CellTable(keys.length);
    keys.forEach((key, cell) => table.set(key, cell, cell + 1));
    keys.forEach((key, cell) => expect(rangeOf(table, key)).toEqual([cell, cell + 1]));
    expect(table.find(20001)).toBeUndefined();
  });

  it('refuses a key it cannot hold', () => {
    expect(() => new CellTable(1).set(-1, 0, 0)).toThrow(RangeError);
    expect(() => new CellTable(1).set(2 ** 31, 0, 0)).toThrow(RangeError);
  });
});
