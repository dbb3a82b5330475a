import { AGE_BANDS } from '../pathway/types.js';
import { PROGRAMME_IDS } from '../programmes/programme.js';
import type { Who5ChangeBand } from '../wellbeing/who5.js';

/*
 * What the person's app may count for the programme managers' impact table (issue 12), and nothing else.
 * Each count is one metric with at most ONE dimension: no count ever crosses two attributes (age × sex ×
 * level…), so the aggregate tables cannot single anyone out by combining them. There is no identifier of any
 * kind: the server adds each count to a per-day counter and keeps nothing of the request (docs/privacy.md).
 */

/** How a person came to Oz, asked once and optional (the pilot's « how people came » row). */
export const CAME_FROM_SOURCES = [
  'professional',
  'search-engine',
  'word-of-mouth',
  'media',
  'social-media',
  'health-website',
  'other',
] as const;
export type CameFromSource = (typeof CAME_FROM_SOURCES)[number];

/** Quick-test (AUDIT-C) levels, as scored by scoreAuditC. */
export const QUICK_TEST_LEVELS = ['low', 'misuse', 'dependence'] as const;

/**
 * Change of the WHO-5 well-being score between a person's first and latest assessment, as the coarse band
 * `who5ChangeBand` computes (wellbeing/who5.ts: ±10 points on the 0–100 scale, Topp et al. 2015).
 */
export const QUALITY_OF_LIFE_CHANGE_BANDS = [
  'better',
  'same',
  'worse',
] as const satisfies readonly Who5ChangeBand[];

/** Sex as the person said it for statistics; 'unspecified' is not sent (it is the default, not an answer). */
export const STATISTICS_SEXES = ['female', 'male'] as const;

/** Every metric and the values its dimension may take (an empty list: the metric has no dimension). */
export const USAGE_METRICS = {
  /** The app was opened for the first time on this device. */
  'first-open': [],
  /** The app was used at least once in an ISO week (sent once per week). */
  'active-week': [],
  /** The app was used at least once in a calendar month (sent once per month). */
  'active-month': [],
  /** Same, by age band: only when the person agreed to share it for statistics. */
  'active-month-age': AGE_BANDS,
  /** Same, by sex: only when the person agreed to share it for statistics. */
  'active-month-sex': STATISTICS_SEXES,
  'quick-test': QUICK_TEST_LEVELS,
  'programme-started': PROGRAMME_IDS,
  'programme-finished': PROGRAMME_IDS,
  'quality-of-life-change': QUALITY_OF_LIFE_CHANGE_BANDS,
  'contact-request-sent': [],
  'came-from': CAME_FROM_SOURCES,
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type UsageMetric = keyof typeof USAGE_METRICS;
export const USAGE_METRIC_IDS = Object.keys(USAGE_METRICS) as UsageMetric[];

/** The dimension value a metric takes, or `null` for a metric without dimension. */
export type UsageDimension<M extends UsageMetric> = (typeof USAGE_METRICS)[M] extends readonly []
  ? null
  : (typeof USAGE_METRICS)[M][number];

/** One thing that happened, to be counted. */
export type UsageEvent = {
  [M in UsageMetric]: { readonly metric: M; readonly dimension: UsageDimension<M> };
}[UsageMetric];

export function isUsageMetric(value: string): value is UsageMetric {
  return Object.hasOwn(USAGE_METRICS, value);
}

/** Whether `dimension` is allowed for `metric` (null exactly for metrics without dimension). */
export function isValidUsageDimension(metric: UsageMetric, dimension: string | null): boolean {
  const allowed: readonly string[] = USAGE_METRICS[metric];
  if (allowed.length === 0) return dimension === null;
  return dimension !== null && allowed.includes(dimension);
}

/** The counter key of an event on the device: `metric` or `metric:dimension`. */
export function usageKey(event: UsageEvent): string {
  return event.dimension === null ? event.metric : `${event.metric}:${event.dimension}`;
}

/** Reads a counter key back; undefined when the key is not a valid metric/dimension pair. */
export function parseUsageKey(key: string): UsageEvent | undefined {
  const separator = key.indexOf(':');
  const metric = separator === -1 ? key : key.slice(0, separator);
  const dimension = separator === -1 ? null : key.slice(separator + 1);
  if (!isUsageMetric(metric) || !isValidUsageDimension(metric, dimension)) return undefined;
  return { metric, dimension } as UsageEvent;
}
