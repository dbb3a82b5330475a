// Impact without tracking (issue 12): the anonymous counts the person's app sends, and the programme managers'
// dashboard. Counts carry no identifier; the dashboard never carries a count below the k-anonymity threshold.
import { AGE_BANDS, isIsoDate, parseUsageKey, QUICK_TEST_LEVELS, STATISTICS_SEXES } from '@oz/core';
import { z } from 'zod';
import { IsoDaySchema } from './common.js';

/** Days one batch may hold (the device drops counts older than a week). */
export const MAX_BATCH_DAYS = 8;

const CountKeySchema = z
  .string()
  .max(60)
  .refine((key) => parseUsageKey(key) !== undefined, 'unknown metric or dimension');

/** One day of counts: `metric` or `metric:dimension` → how many times. */
export const UsageCountsDaySchema = z.object({
  day: IsoDaySchema.refine(isIsoDate, 'not a real calendar day'),
  counts: z.record(CountKeySchema, z.number().int().min(1).max(50)),
});

/** `POST /api/stats/counts`: what the app sends at most once a day. Nothing else is accepted. */
export const UsageCountsBatchSchema = z.strictObject({
  days: z.array(UsageCountsDaySchema).min(1).max(MAX_BATCH_DAYS),
});
export type UsageCountsBatch = z.infer<typeof UsageCountsBatchSchema>;

/**
 * Optional, coarse facts a person may add to a contact request for the impact table (patients by age band, sex
 * and quick-test level), only when they agreed to share them for statistics (« Réglages »).
 */
export const ContactStatisticsSchema = z.strictObject({
  ageBand: z.enum(AGE_BANDS).optional(),
  sex: z.enum(STATISTICS_SEXES).optional(),
  quickTestLevel: z.enum(QUICK_TEST_LEVELS).optional(),
});
export type ContactStatistics = z.infer<typeof ContactStatisticsSchema>;

// --- Dashboard -------------------------------------------------------------------------------------------------

/** A calendar month 'YYYY-MM'. */
export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');

/**
 * `GET /api/pro/impact`: one programme year (12 months from the programme's start month; year 1 is the first).
 * Reports cover fixed, non-overlapping years so that two reports can never be subtracted from each other to
 * recover a suppressed count (docs/privacy.md, « Petits nombres »).
 */
export const ImpactQuerySchema = z.object({
  year: z.coerce.number().int().min(1).max(50).default(1),
  /** Platform admins only: one structure's view; structure admins always get their own. */
  structureId: z.string().min(1).max(100).optional(),
});
export type ImpactQuery = z.infer<typeof ImpactQuerySchema>;

/** A count as published: exact at or above the threshold, else only « suppressed » and why. */
export const PublishedCountSchema = z.union([
  z.object({ value: z.number().int().min(0) }),
  z.object({ suppressed: z.enum(['below-threshold', 'complementary']) }),
]);
export type PublishedCountDto = z.infer<typeof PublishedCountSchema>;

export const MonthlySeriesSchema = z.object({
  byMonth: z.array(PublishedCountSchema),
  /** Sum over the period; absent where a sum would mean nothing (monthly active users). */
  total: PublishedCountSchema.optional(),
});
export type MonthlySeries = z.infer<typeof MonthlySeriesSchema>;

export const DistributionSchema = z.object({
  categories: z.array(
    z.object({
      key: z.string(),
      /** A readable name when the key is an identifier (a structure). */
      label: z.string().optional(),
      count: PublishedCountSchema,
    }),
  ),
  total: PublishedCountSchema,
});
export type Distribution = z.infer<typeof DistributionSchema>;

/** A ratio or a duration published only when enough people stand behind it (null otherwise). */
const MaybeNumber = z.number().nullable();

export const ImpactUsageSchema = z.object({
  users: MonthlySeriesSchema,
  activeUsers: MonthlySeriesSchema,
  byAgeBand: DistributionSchema,
  bySex: DistributionSchema,
  quickTestLevel: DistributionSchema,
  cameFrom: DistributionSchema,
  qualityOfLifeChange: DistributionSchema,
  programmesStarted: DistributionSchema,
  programmesFinished: DistributionSchema,
});

export const ImpactPatientsSchema = z.object({
  all: MonthlySeriesSchema,
  viaRequests: MonthlySeriesSchema,
  viaInvitations: MonthlySeriesSchema,
  byAgeBand: DistributionSchema,
  bySex: DistributionSchema,
  byQuickTestLevel: DistributionSchema,
  byDepartement: DistributionSchema,
  /** Platform view only. */
  byStructure: DistributionSchema.optional(),
});

export const ImpactRequestsSchema = z.object({
  created: MonthlySeriesSchema,
  /** Share of requests contacted within 48 h, by month of creation then over the period. */
  answeredWithin48h: z.object({ byMonth: z.array(MaybeNumber), overall: MaybeNumber }),
  medianHoursToFirstContact: z.object({ byMonth: z.array(MaybeNumber), overall: MaybeNumber }),
});

/** Cumulative periods from the programme's start with a target (the pilot: users and patients at 6 months). */
export const IMPACT_TARGET_PERIODS = ['6-months', '12-months', '24-months', '36-months'] as const;
export const ImpactTargetPeriodSchema = z.enum(IMPACT_TARGET_PERIODS);
export type ImpactTargetPeriod = z.infer<typeof ImpactTargetPeriodSchema>;

/** The pilot's « targets vs results » settings: when the programme started and what it aims at. */
export const ImpactTargetsSchema = z.strictObject({
  programmeStart: MonthSchema,
  targets: z
    .array(
      z.strictObject({
        period: ImpactTargetPeriodSchema,
        users: z.number().int().min(0).max(100_000_000),
        patients: z.number().int().min(0).max(100_000_000),
      }),
    )
    .max(IMPACT_TARGET_PERIODS.length)
    .refine(
      (targets) => new Set(targets.map((target) => target.period)).size === targets.length,
      'one target per period',
    ),
  /** 3-year aim: users and patients of the third year as a multiple of the first (the pilot: 20× and 10×). */
  threeYearAim: z.strictObject({
    users: z.number().min(0).max(1000),
    patients: z.number().min(0).max(1000),
  }),
});
export type ImpactTargets = z.infer<typeof ImpactTargetsSchema>;

export const ImpactTargetRowSchema = z.object({
  period: ImpactTargetPeriodSchema,
  /** Months covered: programmeStart to the period's end (or this month while it runs). */
  from: MonthSchema,
  to: MonthSchema,
  complete: z.boolean(),
  users: z.object({ target: z.number(), result: PublishedCountSchema }),
  patients: z.object({ target: z.number(), result: PublishedCountSchema }),
});

export const ImpactThreeYearSchema = z.object({
  /** Year 3 (or the year in progress) as a multiple of year 1; null while it cannot be published. */
  comparedYear: z.number().int(),
  users: z.object({ aim: z.number(), ratio: MaybeNumber }),
  patients: z.object({ aim: z.number(), ratio: MaybeNumber }),
});

export const ImpactReportSchema = z.object({
  scope: z.union([
    z.object({ kind: z.literal('platform') }),
    z.object({ kind: z.literal('structure'), structureId: z.string(), name: z.string() }),
  ]),
  year: z.object({
    number: z.number().int().min(1),
    from: MonthSchema,
    to: MonthSchema,
    /** Programme years that have started (the selector offers 1 … this). */
    available: z.number().int().min(1),
  }),
  /** The months of the year shown (up to this month). */
  months: z.array(MonthSchema),
  threshold: z.number().int(),
  generatedAt: z.iso.datetime(),
  usage: ImpactUsageSchema.optional(),
  patients: ImpactPatientsSchema,
  requests: ImpactRequestsSchema,
  targets: z
    .object({
      settings: ImpactTargetsSchema,
      rows: z.array(ImpactTargetRowSchema),
      threeYear: ImpactThreeYearSchema,
    })
    .optional(),
});
export type ImpactReport = z.infer<typeof ImpactReportSchema>;
