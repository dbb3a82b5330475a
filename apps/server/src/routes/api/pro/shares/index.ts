// /api/pro/shares — the people linked with the structure and what each chose to share (views are audited).
import { ApiErrorSchema, IdParamsSchema, ProShareDetailSchema, ProShareListSchema } from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../../../pro/request-auth.js';

const errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema };

const proSharesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      schema: {
        summary: 'People linked with the structure',
        tags: ['pro'],
        response: { 200: ProShareListSchema, ...errors },
      },
    },
    async (request) => app.proShares.list(actorOf(request)),
  );

  app.get(
    '/:id',
    {
      schema: {
        summary:
          'What one linked person shares (weekly diary summaries, screening history); the view is audited',
        tags: ['pro'],
        params: IdParamsSchema,
        response: { 200: ProShareDetailSchema, ...errors },
      },
    },
    async (request) => app.proShares.detail(actorOf(request), request.params.id),
  );

  app.delete(
    '/:id',
    {
      schema: {
        summary: 'End the link (e.g. when the follow-up ends): the shared data is deleted',
        tags: ['pro'],
        params: IdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await app.proShares.end(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default proSharesRoutes;
