// GET /api/structures/snapshot — the whole open directory for offline use, revalidated with its ETag.
import { ApiErrorSchema, StructureSnapshotSchema } from '@oz/contracts';
import type { FastifyTypeProviderDefault } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const snapshotRoutes: FastifyPluginAsyncZod = async (app) => {
  // Default type provider: the body is either empty (304) or JSON already serialised and cached.
  app.withTypeProvider<FastifyTypeProviderDefault>().get(
    '/snapshot',
    {
      schema: {
        summary: 'Every open structure with the coverage of the data (ETag; 304 when unchanged)',
        tags: ['structures'],
        response: {
          200: StructureSnapshotSchema,
          304: z.null().describe('Not modified'),
          429: ApiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const snapshot = await app.directory.snapshot();
      reply.header('etag', snapshot.etag).header('cache-control', 'no-cache');
      if (request.headers['if-none-match'] === snapshot.etag) return reply.code(304).send();
      return reply.type('application/json; charset=utf-8').send(snapshot.json);
    },
  );
};

export default snapshotRoutes;
