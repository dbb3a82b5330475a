/*
 * The end of a programme offers the questionnaire again and shows the two results side by side (issue 10).
 * Only two results of the same questionnaire compare (an AUDIT-C total and an AUDIT total do not measure on
 * the same scale); a lower total means fewer risk signs on that questionnaire, it is not a diagnosis.
 */

export interface ScoredResult {
  /** Questionnaire id ('audit-c', 'audit', 'face', 'oz-ensemble-audit-c'). */
  readonly instrument: string;
  /** Total score; null when the questionnaire has none. */
  readonly total: number | null;
  /** ISO instant. */
  readonly takenAt: string;
}

export type ResultComparison =
  | {
      readonly kind: 'comparable';
      readonly instrument: string;
      readonly before: number;
      readonly after: number;
      /** after − before: negative is fewer risk signs. */
      readonly change: number;
      readonly direction: 'lower' | 'same' | 'higher';
    }
  /** No result before, none after, different questionnaires, or no total. */
  | { readonly kind: 'not-comparable' };

/**
 * Compares the result before the programme with the one after, when they can be compared.
 */
export function compareResults(
  before: ScoredResult | undefined,
  after: ScoredResult | undefined,
): ResultComparison {
  if (before === undefined || after === undefined) return { kind: 'not-comparable' };
  if (before.instrument !== after.instrument || before.total === null || after.total === null) {
    return { kind: 'not-comparable' };
  }
  const change = after.total - before.total;
  return {
    kind: 'comparable',
    instrument: before.instrument,
    before: before.total,
    after: after.total,
    change,
    direction: change < 0 ? 'lower' : change > 0 ? 'higher' : 'same',
  };
}

/**
 * The result a run compares against: the newest result taken on or before the start instant, else none.
 * `results` in any order; instants in UTC ('…Z'), as the app stores them, so they order as strings.
 */
export function resultBefore<T extends ScoredResult>(
  results: readonly T[],
  startedAt: string,
): T | undefined {
  return results
    .filter((result) => result.takenAt <= startedAt)
    .reduce<T | undefined>(
      (newest, result) => (newest === undefined || result.takenAt > newest.takenAt ? result : newest),
      undefined,
    );
}

/** The newest result taken after `since` (of `instrument` when given). Instants in UTC ('…Z'), as stored. */
export function resultAfter<T extends ScoredResult>(
  results: readonly T[],
  since: string,
  instrument?: string,
): T | undefined {
  return results
    .filter(
      (result) => result.takenAt > since && (instrument === undefined || result.instrument === instrument),
    )
    .reduce<T | undefined>(
      (newest, result) => (newest === undefined || result.takenAt > newest.takenAt ? result : newest),
      undefined,
    );
}
