/*
 * Risk situations: where, with whom and in which state the urge to drink comes. Relapse-prevention work
 * sorts them into external situations (places, people, moments) and internal states (feelings); the HAS
 * brief intervention asks to "assess personal and situational risks" (docs/clinical-rules.md §8). The
 * external ids are the diary's context tags, so a day's tags are situations without any mapping.
 */

export const EXTERNAL_SITUATIONS = [
  'home',
  'friends',
  'family',
  'work',
  'party',
  'meal',
  'alone',
  'celebration',
] as const;
export type ExternalSituation = (typeof EXTERNAL_SITUATIONS)[number];

export const INTERNAL_SITUATIONS = [
  'stress',
  'bored',
  'low-mood',
  'anger',
  'tiredness',
  'anxiety',
  'loneliness',
  'joy',
] as const;
export type InternalSituation = (typeof INTERNAL_SITUATIONS)[number];

export type RiskSituation = ExternalSituation | InternalSituation;

export const RISK_SITUATIONS: readonly RiskSituation[] = [...EXTERNAL_SITUATIONS, ...INTERNAL_SITUATIONS];

export function isRiskSituation(value: unknown): value is RiskSituation {
  return typeof value === 'string' && (RISK_SITUATIONS as readonly string[]).includes(value);
}

export function isExternalSituation(value: RiskSituation): value is ExternalSituation {
  return (EXTERNAL_SITUATIONS as readonly string[]).includes(value);
}

/** The mood the diary asks about for each day. */
export const DAY_MOODS = ['very-good', 'good', 'neutral', 'low', 'very-low'] as const;
export type DayMood = (typeof DAY_MOODS)[number];

/** A low mood is the internal situation 'low-mood'; the other moods say nothing about risk. */
const MOOD_SITUATIONS: Readonly<Record<DayMood, RiskSituation | null>> = {
  'very-good': null,
  good: null,
  neutral: null,
  low: 'low-mood',
  'very-low': 'low-mood',
};

/**
 * The risk situations a diary day carries: its context tags that are situations (unknown tags are
 * ignored, so a tag added later never breaks this) plus 'low-mood' for a low or very low mood.
 * Returned once each, in RISK_SITUATIONS order.
 */
export function situationsOfDay(tags: readonly string[], mood: DayMood | null): RiskSituation[] {
  const found = new Set<RiskSituation>(tags.filter(isRiskSituation));
  const fromMood = mood === null ? null : MOOD_SITUATIONS[mood];
  if (fromMood !== null) found.add(fromMood);
  return RISK_SITUATIONS.filter((situation) => found.has(situation));
}
