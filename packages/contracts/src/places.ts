// Places: where a person is looking for help. Resolved offline from the shipped commune and postal-code
// centroids (COG 2026 + La Poste 2021, see data/README.md), so every point is a commune centre, never an address.
import { z } from 'zod';
import { LatitudeSchema, LongitudeSchema, queryInteger, singleLineText } from './common.js';

export const PLACE_KINDS = ['postal_code', 'commune', 'coordinates'] as const;
export const PlaceKindSchema = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

export const PlaceSchema = z.object({
  kind: PlaceKindSchema,
  /** What to show: « 75011 Paris », « Sainte-Colombe (05) », « Votre position ». */
  label: z.string(),
  /** Value to send back as `near=` to get this exact place again (absent for raw coordinates). */
  query: z.string().optional(),
  postalCode: z.string().optional(),
  inseeCode: z.string().optional(),
  departement: z.string().optional(),
  latitude: LatitudeSchema,
  longitude: LongitudeSchema,
});
export type Place = z.infer<typeof PlaceSchema>;

export const PLACE_QUERY_MAX_LENGTH = 80;

export const PlacesQuerySchema = z.object({
  q: singleLineText(PLACE_QUERY_MAX_LENGTH).min(1),
  limit: queryInteger(1, 20).default(8),
});
export type PlacesQuery = z.infer<typeof PlacesQuerySchema>;

export const PlacesResponseSchema = z.object({ places: z.array(PlaceSchema) });
export type PlacesResponse = z.infer<typeof PlacesResponseSchema>;

/** 409 answer when a name matches several communes: the caller picks one and sends its `query` back. */
export const AmbiguousPlaceResponseSchema = z.object({
  error: z.object({ code: z.literal('ambiguous_place'), message: z.string() }),
  candidates: z.array(PlaceSchema),
});
export type AmbiguousPlaceResponse = z.infer<typeof AmbiguousPlaceResponseSchema>;

/** Every postal code with its point, for offline search (`GET /api/places/postal-codes`, ETag). */
export const PostalCodeTableSchema = z.object({
  version: z.string(),
  /** `"75011": [48.85942, 2.37874]`; a code covering several communes has the mean of their points. */
  postalCodes: z.record(z.string().regex(/^\d{5}$/), z.tuple([LatitudeSchema, LongitudeSchema])),
});
export type PostalCodeTable = z.infer<typeof PostalCodeTableSchema>;
