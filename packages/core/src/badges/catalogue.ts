/*
 * Badges celebrate what the person did, never what they failed to do: no badge is ever taken back, no
 * streak-breaking alarm, no loss-aversion (design-brief.md, "motivation without manipulation"). The families
 * follow Oz Ensemble's five (docs/reference/oz-ensemble-formats.md §2.9: filled days 1/3/7/14/28/60/90/180, goal weeks, activities)
 * with Oz's own levels; the levels are an Oz choice, not a clinical number (docs/clinical-rules.md, "Badges").
 */

export const BADGE_FAMILIES = [
  'drink-free-days',
  'goal-weeks',
  'diary-streak',
  'programme-days',
  'programme-completions',
  'cravings-overcome',
] as const;
export type BadgeFamily = (typeof BADGE_FAMILIES)[number];

/** Levels of each family: the count to reach, in increasing order. */
export const BADGE_LEVELS: Readonly<Record<BadgeFamily, readonly number[]>> = {
  /** Filled drink-free days in total (not necessarily in a row: a drink between two never erases them). */
  'drink-free-days': [1, 3, 7, 14, 30, 60, 100],
  /** Weeks whose goal was achieved (goals/evaluateWeek.ts: all 7 days filled, every part kept). */
  'goal-weeks': [1, 2, 4, 8, 12, 26],
  /** Days in a row with the diary filled (drinks logged or "I did not drink"), the longest so far. */
  'diary-streak': [3, 7, 14, 28, 60, 90, 180],
  /** Programme days done, all programmes together. */
  'programme-days': [1, 7, 14, 28],
  /** Programmes finished. */
  'programme-completions': [1, 2, 3],
  /** Cravings logged where the person did not drink. */
  'cravings-overcome': [1, 5, 10, 25, 50],
};

export interface BadgeDefinition {
  /** Stable id, `<family>-<count>`: what `badgeViews` stores. */
  readonly id: string;
  readonly family: BadgeFamily;
  /** 1-based level within the family. */
  readonly level: number;
  readonly count: number;
}

export function badgeId(family: BadgeFamily, count: number): string {
  return `${family}-${String(count)}`;
}

/** Every badge, family by family, lowest level first. */
export const BADGES: readonly BadgeDefinition[] = BADGE_FAMILIES.flatMap((family) =>
  BADGE_LEVELS[family].map((count, index) => ({
    id: badgeId(family, count),
    family,
    level: index + 1,
    count,
  })),
);
