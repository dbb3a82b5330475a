// The query of a search by coordinates (`GET /api/structures?lat=…&lon=…`), read without zod when it has the
// plain shape every client sends — `lat` and `lon` as decimal strings, maybe `limit` — and by the contract's zod
// schema otherwise (every other shape, and every error with its message). zod costs ~3 µs a request on this
// route (a V8 CPU profile under load, issue 13), a tenth of the ceiling's whole time per request; this costs a
// few hundred nanoseconds. The contract stays the source of truth: a property test checks that whatever this
// accepts, zod accepts with the very same value (coordinates-query.test.ts).
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  QUERY_DECIMAL,
  QUERY_INTEGER,
  StructureSearchQuerySchema,
} from '@oz/contracts';
import type { StructureSearchQuery } from '@oz/contracts';
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';

/**
 * `query` as StructureSearchQuerySchema parses it, when it is only `lat`, `lon` and maybe `limit`, each a
 * single valid value; undefined for anything else (zod then decides, and words the errors).
 */
export function plainCoordinatesQuery(query: unknown): StructureSearchQuery | undefined {
  if (typeof query !== 'object' || query === null) return undefined;
  let keys = 0;
  for (const key in query) {
    if (key !== 'lat' && key !== 'lon' && key !== 'limit') return undefined;
    keys += 1;
  }
  const { lat, lon, limit } = query as Record<string, unknown>;
  const latitude = decimalIn(lat, 90);
  const longitude = decimalIn(lon, 180);
  if (latitude === undefined || longitude === undefined) return undefined;
  if (limit === undefined)
    return keys === 2 ? { lat: latitude, lon: longitude, limit: DEFAULT_SEARCH_LIMIT } : undefined;
  if (typeof limit !== 'string' || !QUERY_INTEGER.test(limit)) return undefined;
  const count = Number(limit);
  return count >= 1 && count <= MAX_SEARCH_LIMIT
    ? { lat: latitude, lon: longitude, limit: count }
    : undefined;
}

function decimalIn(value: unknown, bound: number): number | undefined {
  if (typeof value !== 'string' || !QUERY_DECIMAL.test(value)) return undefined;
  const number = Number(value);
  return number >= -bound && number <= bound ? number : undefined;
}

/**
 * The search route's validator compiler (its only validated part is the query string): the plain coordinates
 * shape read directly, everything else by zod (fastify-type-provider-zod, as on every other route).
 */
export const searchQueryValidatorCompiler: FastifySchemaCompiler<FastifySchema> = (route) => {
  if (route.httpPart !== 'querystring' || route.schema !== StructureSearchQuerySchema)
    throw new TypeError(
      `searchQueryValidatorCompiler validates the search's query string, not ${route.httpPart}`,
    );
  const byZod = validatorCompiler({ ...route, schema: StructureSearchQuerySchema });
  return (data) => {
    const plain = plainCoordinatesQuery(data);
    return plain === undefined ? byZod(data) : { value: plain };
  };
};
