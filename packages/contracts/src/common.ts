// Shapes shared by every Oz HTTP API: the error envelope, validated coordinates, real calendar days, text without
// control characters and strict query numbers.
import { isIsoDate } from '@oz/core';
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

/** A real calendar day `YYYY-MM-DD` (dates of data, not instants): `2026-02-31` is refused. */
export const IsoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((value): boolean => isIsoDate(value), 'expected a real calendar day');

/*
 * Text typed by people and professionals. Control characters are never legitimate in it and some break things
 * downstream (PostgreSQL refuses NUL in text: a 500 the PWA's outbox would retry forever; others corrupt logs,
 * CSV exports or terminals). Single-line fields also refuse line breaks and the bidirectional overrides that can
 * make a name display as something else ("Trojan Source", CVE-2021-42574). Multi-line fields (notes, messages,
 * comments, opening hours) keep tab and line breaks.
 */
/** Control characters (Unicode Cc: C0, DEL, C1), line and paragraph separators, bidirectional controls. */
const SINGLE_LINE_FORBIDDEN = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
/** The same, but tab, line feed and carriage return are allowed. */
const MULTI_LINE_FORBIDDEN = /(?![\t\n\r])[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
export const CONTROL_CHARACTERS_MESSAGE = 'control characters (such as NUL) are not allowed';

/** Whether a text holds a character no typed text should hold (see above). */
export function hasControlCharacters(text: string, multiLine = false): boolean {
  return (multiLine ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(text);
}

/** Trimmed one-line text of at most `maxLength` characters, without control characters. */
export function singleLineText(maxLength: number): z.ZodString {
  return z
    .string()
    .trim()
    .max(maxLength)
    .refine((text) => !hasControlCharacters(text), `${CONTROL_CHARACTERS_MESSAGE}, nor line breaks`);
}

/** Trimmed text that may span lines (tab, CR and LF allowed), without other control characters. */
export function multiLineText(maxLength: number): z.ZodString {
  return z
    .string()
    .trim()
    .max(maxLength)
    .refine((text) => !hasControlCharacters(text, true), CONTROL_CHARACTERS_MESSAGE);
}

/** Untrimmed secret text (passwords): any printable character, no control characters. */
export function secretText(maxLength: number): z.ZodString {
  return z
    .string()
    .max(maxLength)
    .refine((text) => !hasControlCharacters(text), CONTROL_CHARACTERS_MESSAGE);
}

/** Identifiers in paths, queries and bodies: UUIDs, `curated-…`/`finess-…` structure ids, `platform`. */
export const IdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'expected an identifier (letters, digits, - and _)');

/*
 * Numbers in query strings. `z.coerce.number()` accepts `0x10`, `1e3`, `Infinity`, ` 12 ` and turns an empty
 * string into 0; a query number here is plain decimal notation only (numbers are accepted too, for callers that
 * build the query object in code).
 */
export const QUERY_DECIMAL = /^-?\d{1,12}(\.\d{1,15})?$/;
export const QUERY_INTEGER = /^\d{1,9}$/;

/** A decimal number in a query string (`48.85`, `-1.5`), then checked by `schema`. */
export function queryNumber<T extends z.ZodType<number, number>>(schema: T) {
  return z
    .union([z.number(), z.string().regex(QUERY_DECIMAL).transform(Number)], {
      error: 'expected a decimal number (like 48.85)',
    })
    .pipe(schema);
}

/** A whole number in a query string, from `min` to `max`. */
export function queryInteger(min: number, max: number) {
  return z
    .union([z.number(), z.string().regex(QUERY_INTEGER).transform(Number)], {
      error: 'expected a whole number',
    })
    .pipe(z.number().int().min(min).max(max));
}
