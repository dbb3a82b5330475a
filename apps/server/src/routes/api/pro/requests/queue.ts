// GET /api/pro/requests — the queue, sorted by deadline with time left and breach flags; GET /api/pro/requests/:id
// — one request with its history and attachment. Both are logged in the audit trail (views of personal data).
import {
  ApiErrorSchema,
  IdParamsSchema,
  QueueQuerySchema,
  QueueSchema,
  RequestDetailSchema,
} from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../../pro/request-auth.js';

const errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema };

const queueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      schema: {
        summary: 'The queue of contact requests, most urgent deadline first',
        description:
          'Filters: status (comma list, default open statuses), assigned (any|me|unassigned), breached.',
        tags: ['pro'],
        querystring: QueueQuerySchema,
        response: { 200: QueueSchema, ...errors },
      },
    },
    async (request) => app.requestWorkflow.queue(actorOf(request), request.query),
  );

  app.get(
    '/:id',
    {
      schema: {
        summary: 'One request: contact details, consented attachment, history (the view is audited)',
        tags: ['pro'],
        params: IdParamsSchema,
        response: { 200: RequestDetailSchema, ...errors },
      },
    },
    async (request) => app.requestWorkflow.detail(actorOf(request), request.params.id),
  );
};

export default queueRoutes;
