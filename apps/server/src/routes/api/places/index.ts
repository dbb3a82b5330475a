// GET /api/places?q= — autocomplete of French postal codes and communes, from the in-memory index.
// GET /api/places/postal-codes — every postal code with its point, so the PWA can search offline.
import { createHash } from 'node:crypto';
import {
  ApiErrorSchema,
  PlacesQuerySchema,
  PlacesResponseSchema,
  PostalCodeTableSchema,
} from '@oz/contracts';
import type { FastifyTypeProviderDefault } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const placesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      schema: {
        summary: 'Suggest places (postal code or commune-name prefix), biggest communes first',
        tags: ['places'],
        querystring: PlacesQuerySchema,
        response: { 200: PlacesResponseSchema, 400: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    async (request) => ({ places: app.places.suggest(request.query.q, request.query.limit) }),
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
