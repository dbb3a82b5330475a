// GET /api/pro/requests — the queue, sorted by deadline with time left and breach flags; GET /api/pro/requests/:id
// — one request with its history and attachment. Both are logged in the audit trail (views of personal data).
import { OPEN_STATUSES } from '@oz/core';
import {
  ApiErrorSchema,
  IdParamsSchema,
  QueueQuerySchema,
  QueueSchema,
  RequestDetailSchema,
} from '@oz/contracts';
import type { QueueQuery } from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { queueItemOf, requestDetailOf } from '../../../../contact/request-views.js';
import { HttpError } from '../../../../http-errors.js';
import { isPlatformAdmin } from '../../../../pro/access.js';
import type { Actor } from '../../../../pro/access.js';
import { auditAction, visibleRequest } from '../../../../pro/request-access.js';
import { actorOf } from '../../../../pro/request-auth.js';

const errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema };

/** Whose queue: one's own structure; platform admins choose (`platform` = the platform team's, absent = all). */
function queueStructure(actor: Actor, query: QueueQuery): string | null | undefined {
  if (!isPlatformAdmin(actor)) {
    if (query.structureId !== undefined && query.structureId !== actor.structureId) {
      throw new HttpError(403, 'forbidden', 'structureId: you can only see your own structure’s queue');
    }
    return actor.structureId ?? null;
  }
  if (query.structureId === 'platform') return null;
  return query.structureId;
}

const queueRoutes: FastifyPluginAsyncZod = async (app) => {
  const { requests } = app.pro;

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
    async (request) => {
      const actor = actorOf(request);
      const structureId = queueStructure(actor, request.query);
      const now = app.pro.now();
      const assigned = request.query.assigned;
      const rows = await requests.queue({
        structureId,
        statuses: request.query.status ?? OPEN_STATUSES,
        assignedTo: assigned === 'me' ? actor.userId : assigned === 'unassigned' ? null : undefined,
        limit: request.query.limit,
      });
      let items = rows.map((row) => queueItemOf(row, now));
      if (request.query.breached !== undefined) {
        const wanted = request.query.breached === 'true';
        items = items.filter((item) => item.breached === wanted);
      }
      await auditAction(app.pro, actor, 'queue.view', structureId ?? null, { type: 'queue', id: null });
      return { requests: items, now: now.toISOString() };
    },
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
    async (request) => {
      const actor = actorOf(request);
      const row = await visibleRequest(app.pro, actor, request.params.id);
      await auditAction(app.pro, actor, 'request.view', row.structure_id, {
        type: 'contact_request',
        id: row.id,
      });
      return requestDetailOf(row, await requests.events(row.id), app.pro.now());
    },
  );
};

export default queueRoutes;
