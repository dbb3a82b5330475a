// A table of counts published together: cells, the additive relations between them, then primary and
// complementary suppression over all of them at once (@oz/core suppressSmallCounts), so no published number
// of one report can be subtracted from another of the same report to recover a small count.
import { suppressSmallCounts } from '@oz/core';
import type { AdditiveGroup, PublishedCount } from '@oz/core';

export class CellTable {
  private readonly cells = new Map<string, number>();
  private readonly groups: AdditiveGroup[] = [];
  private published: Map<string, PublishedCount> | undefined;

  /** Sets a cell (ids are unique within the report). */
  set(id: string, value: number): this {
    this.cells.set(id, value);
    return this;
  }

  /** Sets `total` to the sum of `parts` (already set) and records the relation. */
  sum(total: string, parts: readonly string[]): this {
    this.cells.set(
      total,
      parts.reduce((sum, part) => sum + (this.cells.get(part) ?? 0), 0),
    );
    this.groups.push({ total, parts });
    return this;
  }

  /** Records that `total` (already set) is the sum of `parts` (for totals computed elsewhere). */
  relate(total: string, parts: readonly string[]): this {
    this.groups.push({ total, parts });
    return this;
  }

  value(id: string): number {
    return this.cells.get(id) ?? 0;
  }

  /** The published form of a cell; suppression runs once, on the first call. */
  get(id: string): PublishedCount {
    this.published ??= suppressSmallCounts(this.cells, this.groups);
    const cell = this.published.get(id);
    if (cell === undefined) throw new RangeError(`no cell ${id} in this report`);
    return cell;
  }
}
