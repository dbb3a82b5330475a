// Shapes shared by every Oz HTTP API: the error envelope and validated coordinates.
import { z } from 'zod';

/** Every API error: `{ "error": { "code": "snake_case_code", "message": "Readable sentence" } }`. */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string().describe('Stable, machine-readable snake_case code'),
    message: z.string().describe('Readable sentence (English) naming what to fix'),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** WGS84 latitude in decimal degrees. */
export const LatitudeSchema = z.number().min(-90).max(90);
/** WGS84 longitude in decimal degrees. */
export const LongitudeSchema = z.number().min(-180).max(180);

/** A calendar day `YYYY-MM-DD` (dates of data, not instants). */
export const IsoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
