// Cell keys to cell numbers for the search grid (nearest-search.ts): open addressing in two typed arrays, at most
// half full. A search looks up ~25 cells, most of them twice; a Map took 2.7 % of a search by coordinates
// (callgrind, issue 13), hashing a boxed key each time.

/** Keys are never negative (nearest-search.ts keyOf), so −1 marks an empty slot. */
const NO_KEY = -1;
/** Knuth's multiplicative hash constant, 2^32 / φ, as a signed 32-bit integer. */
const HASH_MULTIPLIER = -1640531535;

export class CellTable {
  private readonly keys: Int32Array;
  private readonly cells: Int32Array;
  private readonly mask: number;
  /** The hash keeps the product's high bits (the low ones depend only on the key's low bits). */
  private readonly shift: number;

  /** @param capacity the number of keys it will hold (each key from 0 to 2^31 − 1). */
  constructor(capacity: number) {
    const bits = Math.max(1, Math.ceil(Math.log2(Math.max(1, capacity) * 2)));
    this.keys = new Int32Array(2 ** bits).fill(NO_KEY);
    this.cells = new Int32Array(2 ** bits);
    this.mask = 2 ** bits - 1;
    this.shift = 32 - bits;
  }

  set(key: number, cell: number): void {
    if (!Number.isInteger(key) || key < 0 || key > 0x7fffffff)
      throw new RangeError(`cell key ${key} out of range`);
    const slot = this.slotOf(key);
    this.keys[slot] = key;
    this.cells[slot] = cell;
  }

  /** The cell's number, or undefined when no structure lies in it. */
  get(key: number): number | undefined {
    if (key === NO_KEY) return undefined;
    const slot = this.slotOf(key);
    return this.keys[slot] === key ? this.cells[slot] : undefined;
  }

  /** Where `key` is, or the empty slot where it would go (linear probing). */
  private slotOf(key: number): number {
    let slot = Math.imul(key, HASH_MULTIPLIER) >>> this.shift;
    for (;;) {
      const found = this.keys[slot];
      if (found === key || found === NO_KEY) return slot;
      slot = (slot + 1) & this.mask;
    }
  }
}
