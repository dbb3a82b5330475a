// The best hits of a search so far (nearest-search.ts), in the order of the SQL search: rank, then distance,
// then id. Its arrays are scratch space shared by every search — searches run one at a time on the event loop
// and copy their result out before returning — so a search allocates no typed array (issue 13's profile).

import type { DirectoryHit } from './nearest-search.js';

let scratch = {
  positions: new Int32Array(128),
  ranks: new Float64Array(128),
  distances: new Float64Array(128),
};

function scratchFor(capacity: number): typeof scratch {
  if (scratch.positions.length < capacity) {
    scratch = {
      positions: new Int32Array(capacity),
      ranks: new Float64Array(capacity),
      distances: new Float64Array(capacity),
    };
  }
  return scratch;
}

/** The `capacity` best hits seen, in a max-heap (the worst at the root, replaced by anything better). */
export class TopHits {
  private readonly positions: Int32Array;
  private readonly ranks: Float64Array;
  private readonly distances: Float64Array;
  private count = 0;

  constructor(
    private readonly capacity: number,
    /** Each position's place in the order of ids (ties of distance are ordered by id, as in SQL). */
    private readonly idOrder: Int32Array,
  ) {
    ({ positions: this.positions, ranks: this.ranks, distances: this.distances } = scratchFor(capacity));
  }

  get full(): boolean {
    return this.count === this.capacity;
  }

  worstRankKm(): number {
    return this.count === 0 ? Infinity : (this.ranks[0] ?? Infinity);
  }

  offer(position: number, rankKm: number, distanceKm: number): void {
    if (this.count < this.capacity) {
      this.set(this.count, position, rankKm, distanceKm);
      this.count += 1;
      this.siftUp(this.count - 1);
    } else if (this.compare(rankKm, distanceKm, position, 0) < 0) {
      this.set(0, position, rankKm, distanceKm);
      this.siftDown(0);
    }
  }

  /** The hits, best first. Empties the list: it is the search's last step. */
  sorted(): DirectoryHit[] {
    const hits: DirectoryHit[] = [];
    // Taking the worst (the root) one at a time gives the order without a comparator-driven sort.
    while (this.count > 0) {
      hits.push({
        position: this.positions[0] ?? 0,
        distanceKm: this.distances[0] ?? 0,
        rankKm: this.ranks[0] ?? 0,
      });
      this.count -= 1;
      this.swap(0, this.count);
      this.siftDown(0);
    }
    return hits.reverse();
  }

  /** Negative when the candidate orders before the hit in `slot` (StructuresRepository's order). */
  private compare(rankKm: number, distanceKm: number, position: number, slot: number): number {
    return (
      rankKm - (this.ranks[slot] ?? 0) ||
      distanceKm - (this.distances[slot] ?? 0) ||
      (this.idOrder[position] ?? 0) - (this.idOrder[this.positions[slot] ?? 0] ?? 0)
    );
  }

  private worseThan(slot: number, other: number): boolean {
    return (
      this.compare(this.ranks[slot] ?? 0, this.distances[slot] ?? 0, this.positions[slot] ?? 0, other) > 0
    );
  }

  private set(slot: number, position: number, rankKm: number, distanceKm: number): void {
    this.positions[slot] = position;
    this.ranks[slot] = rankKm;
    this.distances[slot] = distanceKm;
  }

  private swap(a: number, b: number): void {
    const position = this.positions[a] ?? 0;
    const rankKm = this.ranks[a] ?? 0;
    const distanceKm = this.distances[a] ?? 0;
    this.set(a, this.positions[b] ?? 0, this.ranks[b] ?? 0, this.distances[b] ?? 0);
    this.set(b, position, rankKm, distanceKm);
  }

  private siftUp(start: number): void {
    let slot = start;
    while (slot > 0) {
      const parent = (slot - 1) >> 1;
      if (!this.worseThan(slot, parent)) return;
      this.swap(slot, parent);
      slot = parent;
    }
  }

  private siftDown(start: number): void {
    let slot = start;
    for (;;) {
      const [left, right] = [2 * slot + 1, 2 * slot + 2];
      let worst = slot;
      if (left < this.count && this.worseThan(left, worst)) worst = left;
      if (right < this.count && this.worseThan(right, worst)) worst = right;
      if (worst === slot) return;
      this.swap(slot, worst);
      slot = worst;
    }
  }
}
