// Cell keys to the positions each cell holds, for the search grid (nearest-search.ts): open addressing in one typed
// array, at most half full, each entry four integers — the key, the first position, the position after the last,
// and padding — so that a lookup and the cell's range share one cache line. A search looks up ~25 cells: a Map took
// 2.7 % of a search by coordinates (callgrind, issue 13), hashing a boxed key each time, and keys, cell numbers,
// starts and ends in four arrays made four cache misses per cell once the rest of a request had evicted them.

/** Keys are never negative (nearest-search.ts keyOf), so −1 marks an empty slot. */
const NO_KEY = -1;
/** Knuth's multiplicative hash constant, 2^32 / φ, as a signed 32-bit integer. */
const HASH_MULTIPLIER = -1640531535;
/** Integers per entry: key, start, end, padding (16 bytes, four entries per 64-byte line). */
const ENTRY = 4;
const START = 1;
const END = 2;

export class CellTable {
  private readonly entries: Int32Array;
  private readonly mask: number;
  /** The hash keeps the product's high bits (the low ones depend only on the key's low bits). */
  private readonly shift: number;

  /** @param capacity the number of keys it will hold (each key from 0 to 2^31 − 1). */
  constructor(capacity: number) {
    const bits = Math.max(1, Math.ceil(Math.log2(Math.max(1, capacity) * 2)));
    this.entries = new Int32Array(ENTRY * 2 ** bits);
    for (let slot = 0; slot < 2 ** bits; slot += 1) this.entries[ENTRY * slot] = NO_KEY;
    this.mask = 2 ** bits - 1;
    this.shift = 32 - bits;
  }

  /** The cell `key` holds positions `start` (included) to `end` (excluded). */
  set(key: number, start: number, end: number): void {
    if (!Number.isInteger(key) || key < 0 || key > 0x7fffffff)
      throw new RangeError(`cell key ${key} out of range`);
    const at = ENTRY * this.slotOf(key);
    this.entries[at] = key;
    this.entries[at + START] = start;
    this.entries[at + END] = end;
  }

  /** The cell's entry (for startOf and endOf), or undefined when no structure lies in it. */
  find(key: number): number | undefined {
    if (key === NO_KEY) return undefined;
    const slot = this.slotOf(key);
    return this.entries[ENTRY * slot] === key ? slot : undefined;
  }

  /** The first position of the cell at `entry` (from find). */
  startOf(entry: number): number {
    return this.entries[ENTRY * entry + START] ?? 0;
  }

  /** The position after the last of the cell at `entry` (from find). */
  endOf(entry: number): number {
    return this.entries[ENTRY * entry + END] ?? 0;
  }

  /** Where `key` is, or the empty slot where it would go (linear probing). */
  private slotOf(key: number): number {
    let slot = Math.imul(key, HASH_MULTIPLIER) >>> this.shift;
    for (;;) {
      const found = this.entries[ENTRY * slot];
      if (found === key || found === NO_KEY) return slot;
      slot = (slot + 1) & this.mask;
    }
  }
}
