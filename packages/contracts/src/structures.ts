// Care structures: the directory behind « Trouver de l'aide » (issue 4). The server re-validates every input
// with these schemas; the PWA uses the same types for its offline snapshot.
import { PUBLICS, STRUCTURE_TYPES } from '@oz/core';
import { z } from 'zod';
import {
  IsoDaySchema,
  LatitudeSchema,
  LongitudeSchema,
  queryInteger,
  queryNumber,
  singleLineText,
} from './common.js';
import { PlaceSchema } from './places.js';

// The lists themselves are pure data in @oz/core (the PWA's care finder reads them without any schema);
// re-exported here so server code keeps one import for a structure's vocabulary.
export { PUBLICS, STRUCTURE_TYPES } from '@oz/core';
export const StructureTypeSchema = z.enum(STRUCTURE_TYPES);
export type StructureType = z.infer<typeof StructureTypeSchema>;

export const PublicSchema = z.enum(PUBLICS);
export type Public = z.infer<typeof PublicSchema>;

export const STRUCTURE_STATUSES = ['open', 'closed'] as const;
export const StructureStatusSchema = z.enum(STRUCTURE_STATUSES);
export type StructureStatus = z.infer<typeof StructureStatusSchema>;

/** Where a row comes from: the FINESS register or Oz's hand-curated list. */
export const STRUCTURE_SOURCES = ['finess', 'curated'] as const;
export const StructureSourceSchema = z.enum(STRUCTURE_SOURCES);
export type StructureSource = z.infer<typeof StructureSourceSchema>;

export const StructureSchema = z.object({
  /** Stable across servers and re-imports: `<source>-<source id>`, e.g. `finess-310788070`. */
  id: z.string(),
  source: StructureSourceSchema,
  name: z.string(),
  type: StructureTypeSchema,
  address: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  departement: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  publics: z.array(PublicSchema),
  openingHours: z.string().nullable(),
  latitude: LatitudeSchema,
  longitude: LongitudeSchema,
  /** True when the point is the commune centre, not the structure's own position. */
  positionApproximate: z.boolean(),
  /** Date of the source data for this row (FINESS extraction date, or the curated source's page date). */
  dataDate: IsoDaySchema.nullable(),
  /**
   * What a structure on Oz declares itself (issue 5): current wait for a first appointment, in days. Null when
   * the structure is not on Oz or did not say.
   */
  waitTimeDays: z.number().int().min(0).max(365).nullable(),
  /** Self-declared: false = « not taking new people for now ». Null when the structure is not on Oz. */
  acceptingNewPeople: z.boolean().nullable(),
  /** When the structure last saved its entry (wait time and intake included); null when not on Oz. */
  availabilityDeclaredAt: z.iso.datetime().nullable(),
});
export type Structure = z.infer<typeof StructureSchema>;

export const StructureWithDistanceSchema = StructureSchema.extend({
  /** Great-circle distance from the searched place, km, 1 decimal. */
  distanceKm: z.number().nonnegative(),
});
export type StructureWithDistance = z.infer<typeof StructureWithDistanceSchema>;

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;

const TypeListSchema = z
  .string()
  .max(200)
  .transform((value) => value.split(',').map((part) => part.trim()))
  .pipe(z.array(StructureTypeSchema).min(1));

export const StructureSearchQuerySchema = z
  .object({
    near: singleLineText(80).min(1).optional(),
    lat: queryNumber(LatitudeSchema).optional(),
    lon: queryNumber(LongitudeSchema).optional(),
    types: TypeListSchema.optional(),
    public: PublicSchema.optional(),
    limit: queryInteger(1, MAX_SEARCH_LIMIT).default(DEFAULT_SEARCH_LIMIT),
  })
  .superRefine((query, context) => {
    const hasCoordinates = query.lat !== undefined || query.lon !== undefined;
    if (query.near !== undefined && hasCoordinates) {
      context.addIssue({ code: 'custom', path: ['near'], message: 'give either near or lat/lon, not both' });
    } else if (query.near === undefined && !hasCoordinates) {
      context.addIssue({
        code: 'custom',
        path: ['near'],
        message: 'near (postal code or commune) or lat/lon is required',
      });
    } else if (hasCoordinates && (query.lat === undefined || query.lon === undefined)) {
      context.addIssue({
        code: 'custom',
        path: [query.lat === undefined ? 'lat' : 'lon'],
        message: 'lat and lon go together',
      });
    }
  });
export type StructureSearchQuery = z.infer<typeof StructureSearchQuerySchema>;

/** Which areas the directory covers and how old its data is, so the UI can say so honestly. */
export const CoverageSchema = z.object({
  totalStructures: z.number().int().nonnegative(),
  departements: z.array(
    z.object({ code: z.string(), name: z.string(), structures: z.number().int().nonnegative() }),
  ),
  sources: z.array(
    z.object({
      source: StructureSourceSchema,
      structures: z.number().int().nonnegative(),
      /** Oldest and newest data dates among the rows of this source (null when the source gave none). */
      oldestDataDate: IsoDaySchema.nullable(),
      newestDataDate: IsoDaySchema.nullable(),
    }),
  ),
});
export type Coverage = z.infer<typeof CoverageSchema>;

export const StructureSearchResponseSchema = z.object({
  place: PlaceSchema,
  structures: z.array(StructureWithDistanceSchema),
  coverage: CoverageSchema,
});
export type StructureSearchResponse = z.infer<typeof StructureSearchResponseSchema>;

export const StructureIdParamsSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[a-z]+-[A-Za-z0-9-]+$/),
});

/** The whole open directory for offline use; served with an ETag. */
export const StructureSnapshotSchema = z.object({
  version: z.string(),
  generatedAt: z.string(),
  coverage: CoverageSchema,
  structures: z.array(StructureSchema),
});
export type StructureSnapshot = z.infer<typeof StructureSnapshotSchema>;
