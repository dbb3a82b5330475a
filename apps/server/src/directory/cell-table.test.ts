import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellTable } from './cell-table.js';

describe('CellTable', () => {
  it('finds every key it holds and no other, like a Map', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 0x7fffffff }), { maxLength: 300 }),
        fc.array(fc.integer({ min: -5, max: 0x7fffffff }), { maxLength: 50 }),
        (keys, probes) => {
          const table = new CellTable(keys.length);
          const map = new Map<number, number>();
          keys.forEach((key, cell) => {
            table.set(key, cell);
            map.set(key, cell);
          });
          for (const key of [...keys, ...probes]) expect(table.get(key)).toBe(map.get(key));
        },
      ),
    );
  });

  it('holds keys that share their low bits (cells of one column of the grid)', () => {
    const keys = Array.from({ length: 1000 }, (_, row) => row * 32768 + 20000);
    const table = new CellTable(keys.length);
    keys.forEach((key, cell) => table.set(key, cell));
    keys.forEach((key, cell) => expect(table.get(key)).toBe(cell));
    expect(table.get(20001)).toBeUndefined();
  });

  it('refuses a key it cannot hold', () => {
    expect(() => new CellTable(1).set(-1, 0)).toThrow(RangeError);
    expect(() => new CellTable(1).set(2 ** 31, 0)).toThrow(RangeError);
  });
});
