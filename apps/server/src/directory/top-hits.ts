// The best hits of a search so far (nearest-search.ts), in the order of the SQL search: rank, then distance,
// then id. Its arrays are scratch space shared by every search — searches run one at a time on the event loop
// and copy their result out before returning — so a search allocates no typed array (issue 13's profile).
// Each hit stays in the slot it was written to; the heap orders slot numbers, so sifting moves one integer
// per step instead of three values (callgrind: sifting was a tenth of a search by coordinates).

/**
 * A search's result, best first: hit `i` (for i < count) is at `positions[i]`, `distancesKm[i]` away, ranked at
 * `ranksKm[i]`. Scratch space like the rest: read it before the next search. Columns rather than an object per hit:
 * the answer is written from them at once (json-pieces.ts), with no object to allocate or look into.
 */
export interface HitList {
  readonly count: number;
  readonly positions: Int32Array;
  readonly distancesKm: Float64Array;
  readonly ranksKm: Float64Array;
}

let result = {
  positions: new Int32Array(128),
  distancesKm: new Float64Array(128),
  ranksKm: new Float64Array(128),
};

let scratch = {
  positions: new Int32Array(128),
  ranks: new Float64Array(128),
  distances: new Float64Array(128),
  heap: new Int32Array(128),
};

function scratchFor(capacity: number): typeof scratch {
  if (scratch.positions.length < capacity) {
    scratch = {
      positions: new Int32Array(capacity),
      ranks: new Float64Array(capacity),
      distances: new Float64Array(capacity),
      heap: new Int32Array(capacity),
    };
    result = {
      positions: new Int32Array(capacity),
      distancesKm: new Float64Array(capacity),
      ranksKm: new Float64Array(capacity),
    };
  }
  return scratch;
}

/** The `capacity` best hits seen, in a max-heap of slots (the worst at the root, replaced by anything better). */
export class TopHits {
  private readonly positions: Int32Array;
  private readonly ranks: Float64Array;
  private readonly distances: Float64Array;
  /** Slot numbers, heap-ordered: `heap[0]` is the slot of the worst hit kept. */
  private readonly heap: Int32Array;
  private count = 0;

  constructor(
    private readonly capacity: number,
    /** Each position's place in the order of ids (ties of distance are ordered by id, as in SQL). */
    private readonly idOrder: Int32Array,
  ) {
    ({
      positions: this.positions,
      ranks: this.ranks,
      distances: this.distances,
      heap: this.heap,
    } = scratchFor(capacity));
  }

  get full(): boolean {
    return this.count === this.capacity;
  }

  worstRankKm(): number {
    return this.count === 0 ? Infinity : (this.ranks[this.heap[0] ?? 0] ?? Infinity);
  }

  /** Keeps the hit if it is among the best so far; true when it was kept. */
  offer(position: number, rankKm: number, distanceKm: number): boolean {
    if (this.count < this.capacity) {
      const slot = this.count;
      this.write(slot, position, rankKm, distanceKm);
      this.heap[slot] = slot;
      this.count += 1;
      this.siftUp(slot);
      return true;
    }
    const root = this.heap[0] ?? 0;
    if (!this.before(rankKm, distanceKm, position, root)) return false;
    this.write(root, position, rankKm, distanceKm);
    this.siftDown(0);
    return true;
  }

  /** The hits, best first. Empties the list: it is the search's last step. */
  sorted(): HitList {
    const { positions, distancesKm, ranksKm } = result;
    const count = this.count;
    // The heap is no longer needed: it becomes the slots' order. An insertion sort on ranks (the distance and the
    // id only break ties) costs a third of popping the heap 20 times (callgrind, issue 13).
    const order = this.heap;
    for (let slot = 0; slot < count; slot += 1) {
      const rank = this.ranks[slot] ?? 0;
      let at = slot;
      for (; at > 0; at -= 1) {
        const previous = order[at - 1] ?? 0;
        const previousRank = this.ranks[previous] ?? 0;
        if (rank > previousRank || (rank === previousRank && this.after(slot, previous))) break;
        order[at] = previous;
      }
      order[at] = slot;
    }
    for (let index = 0; index < count; index += 1) {
      const slot = order[index] ?? 0;
      positions[index] = this.positions[slot] ?? 0;
      distancesKm[index] = this.distances[slot] ?? 0;
      ranksKm[index] = this.ranks[slot] ?? 0;
    }
    this.count = 0;
    return { count, positions, distancesKm, ranksKm };
  }

  private write(slot: number, position: number, rankKm: number, distanceKm: number): void {
    this.positions[slot] = position;
    this.ranks[slot] = rankKm;
    this.distances[slot] = distanceKm;
  }

  /** True when the candidate orders before the hit in `slot` (StructuresRepository's order). */
  private before(rankKm: number, distanceKm: number, position: number, slot: number): boolean {
    const slotRank = this.ranks[slot] ?? 0;
    if (rankKm !== slotRank) return rankKm < slotRank;
    const slotDistance = this.distances[slot] ?? 0;
    if (distanceKm !== slotDistance) return distanceKm < slotDistance;
    return (this.idOrder[position] ?? 0) < (this.idOrder[this.positions[slot] ?? 0] ?? 0);
  }

  /** True when the hit in slot `a` orders after the hit in slot `b`. */
  private after(a: number, b: number): boolean {
    return this.before(this.ranks[b] ?? 0, this.distances[b] ?? 0, this.positions[b] ?? 0, a);
  }

  private siftUp(start: number): void {
    const heap = this.heap;
    const moving = heap[start] ?? 0;
    let at = start;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const parentSlot = heap[parent] ?? 0;
      if (!this.after(moving, parentSlot)) break;
      heap[at] = parentSlot;
      at = parent;
    }
    heap[at] = moving;
  }

  private siftDown(start: number): void {
    const heap = this.heap;
    const count = this.count;
    const moving = heap[start] ?? 0;
    let at = start;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= count) break;
      let child = left;
      let childSlot = heap[left] ?? 0;
      const right = left + 1;
      if (right < count) {
        const rightSlot = heap[right] ?? 0;
        if (this.after(rightSlot, childSlot)) {
          child = right;
          childSlot = rightSlot;
        }
      }
      if (!this.after(childSlot, moving)) break;
      heap[at] = childSlot;
      at = child;
    }
    heap[at] = moving;
  }
}
