/*
 * Small-cell suppression for the impact dashboard (issue 12): no count below K_ANONYMITY_THRESHOLD ever leaves
 * the server as an exact number, and no such count can be recovered by subtracting published numbers.
 *
 * Primary suppression hides every count below the threshold. Complementary (secondary) suppression then looks at
 * every additive group (parts that add up to a published total: the months of a period, the age bands of a
 * month…): a group with exactly one hidden member would give it away by subtraction, so the smallest other
 * member is hidden too, and so on until no group has exactly one hidden member. This is the classic
 * cell-suppression rule of statistical disclosure control — Hundepool et al., « Statistical Disclosure Control »,
 * Wiley 2012, ch. 4 (tabular data) — with the threshold rule used by French public statistics and the CNIL
 * guidance on anonymisation (see docs/privacy.md).
 */

/** Counts below this are published as « < 5 » and never as a number. */
export const K_ANONYMITY_THRESHOLD = 5;

export type PublishedCount =
  | { readonly value: number }
  /** Below the threshold (primary suppression). */
  | { readonly suppressed: 'below-threshold' }
  /** At or above the threshold, hidden so that a small cell cannot be recovered by subtraction. */
  | { readonly suppressed: 'complementary' };

/** `total` is the sum of `parts` (all of them cell ids of the same table). */
export interface AdditiveGroup {
  readonly total: string;
  readonly parts: readonly string[];
}

export class SuppressionInputError extends RangeError {
  override readonly name = 'SuppressionInputError';
}

function checkInput(cells: ReadonlyMap<string, number>, groups: readonly AdditiveGroup[]): void {
  for (const [id, value] of cells) {
    if (!Number.isInteger(value) || value < 0) {
      throw new SuppressionInputError(`count ${id} must be a non-negative integer (got ${String(value)})`);
    }
  }
  for (const group of groups) {
    for (const id of [group.total, ...group.parts]) {
      if (!cells.has(id)) throw new SuppressionInputError(`group refers to unknown cell ${id}`);
    }
  }
}

/** Picks the member to hide next: the smallest visible part, else the total (ties broken by id, stable). */
function nextToHide(
  group: AdditiveGroup,
  cells: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
): string | undefined {
  const visibleParts = group.parts
    .filter((id) => !hidden.has(id))
    .sort((a, b) => (cells.get(a) ?? 0) - (cells.get(b) ?? 0) || a.localeCompare(b));
  if (visibleParts[0] !== undefined) return visibleParts[0];
  return hidden.has(group.total) ? undefined : group.total;
}

/**
 * Publishes `cells` with primary and complementary suppression over `groups`.
 * @throws SuppressionInputError when a count is not a non-negative integer or a group names an unknown cell.
 */
export function suppressSmallCounts(
  cells: ReadonlyMap<string, number>,
  groups: readonly AdditiveGroup[],
  threshold: number = K_ANONYMITY_THRESHOLD,
): Map<string, PublishedCount> {
  checkInput(cells, groups);
  const small = new Set([...cells].filter(([, value]) => value < threshold).map(([id]) => id));
  const hidden = new Set(small);
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of groups) {
      const members = [group.total, ...group.parts];
      if (members.filter((id) => hidden.has(id)).length !== 1) continue;
      const id = nextToHide(group, cells, hidden);
      if (id === undefined) continue;
      hidden.add(id);
      changed = true;
    }
  }
  const published = new Map<string, PublishedCount>();
  for (const [id, value] of cells) {
    if (small.has(id)) published.set(id, { suppressed: 'below-threshold' });
    else if (hidden.has(id)) published.set(id, { suppressed: 'complementary' });
    else published.set(id, { value });
  }
  return published;
}

/** A share (0–1) is published only when both its numerator and the rest are at or above the threshold. */
export function publishShare(
  numerator: number,
  denominator: number,
  threshold: number = K_ANONYMITY_THRESHOLD,
): number | undefined {
  if (denominator <= 0) return undefined;
  if (numerator < threshold || denominator - numerator < threshold) return undefined;
  return numerator / denominator;
}

/** A median over `values` is published only when at least `threshold` values contribute. */
export function publishMedian(
  values: readonly number[],
  threshold: number = K_ANONYMITY_THRESHOLD,
): number | undefined {
  if (values.length < threshold) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? upper) + upper) / 2;
}
