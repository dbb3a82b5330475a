// GET /api/places?q= — autocomplete of French postal codes and communes, from the in-memory index.
// GET /api/places/postal-codes — every postal code with its point, so the PWA can search offline.
// Both answer JSON written once (static data): suggestions through a bounded cache keyed by the query as sent,
// the table at start. The response schemas document them (OpenAPI); the tests parse answers against them.
import { createHash } from 'node:crypto';
import {
  ApiErrorSchema,
  PlacesQuerySchema,
  PlacesResponseSchema,
  PostalCodeTableSchema,
} from '@oz/contracts';
import type { PlacesQuery } from '@oz/contracts';
import type { FastifyTypeProviderDefault } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AnswerCache } from '../../../answer-cache.js';
import { JSON_TYPE } from '../../../prebuilt-json.js';
import type { PrebuiltJson } from '../../../prebuilt-json.js';

/** Distinct queries kept (each answer ≈ 1–3 KB): a few MB at most. */
const SUGGESTIONS_CACHED = 2_000;

/** `limit` first: it is an integer, so the separator cannot be confused with the query's own characters. */
const suggestionKey = (q: string, limit: number): string => `${limit}:${q}`;

const placesRoutes: FastifyPluginAsyncZod = async (app) => {
  const suggestions = new AnswerCache<Buffer>(SUGGESTIONS_CACHED);

  app.get<{ Querystring: PlacesQuery; Reply: PrebuiltJson }>(
    '/',
    {
      schema: {
        summary: 'Suggest places (postal code or commune-name prefix), biggest communes first',
        tags: ['places'],
        querystring: PlacesQuerySchema,
        response: { 200: PlacesResponseSchema, 400: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    (request, reply) => {
      const { q, limit } = request.query;
      const body = suggestions.get(suggestionKey(q, limit), () =>
        Buffer.from(JSON.stringify({ places: app.places.suggest(q, limit) })),
      );
      reply.type(JSON_TYPE).send(body);
    },
  );

  // Static reference data: serialised once, revalidated with its ETag.
  const table = app.places.postalCodeTable();
  const digest = createHash('sha256').update(JSON.stringify(table)).digest('base64url').slice(0, 16);
  const json = JSON.stringify({ version: digest, postalCodes: table });
  const etag = `"${digest}"`;
  app.withTypeProvider<FastifyTypeProviderDefault>().get(
    '/postal-codes',
    {
      schema: {
        summary: 'Every postal code with its point (mean of its communes), for offline search',
        tags: ['places'],
        response: { 200: PostalCodeTableSchema, 304: z.null().describe('Not modified'), 429: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      reply.header('etag', etag).header('cache-control', 'no-cache');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type('application/json; charset=utf-8').send(json);
    },
  );
};

export default placesRoutes;
