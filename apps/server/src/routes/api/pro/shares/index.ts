// /api/pro/shares — the people linked with the structure and what each chose to share (views are audited).
import { ApiErrorSchema, IdParamsSchema, ProShareDetailSchema, ProShareListSchema } from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../../../http-errors.js';
import { canActOnStructure, isPlatformAdmin } from '../../../../pro/access.js';
import { auditAction } from '../../../../pro/request-access.js';
import { actorOf } from '../../../../pro/request-auth.js';
import { shareSummaryOf, sharedDataOf } from '../../../../sharing/share-views.js';

const errors = { 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema };

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
    async (request) => {
      const actor = actorOf(request);
      const structureId = isPlatformAdmin(actor) ? undefined : (actor.structureId ?? '');
      const rows = await app.pro.shares.listShares(structureId);
      await auditAction(app.pro, actor, 'shares.list', structureId ?? null, { type: 'share', id: null });
      return { shares: rows.map(shareSummaryOf) };
    },
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
    async (request) => {
      const actor = actorOf(request);
      const row = await app.pro.shares.findShare(request.params.id);
      if (row === undefined || !canActOnStructure(actor, row.structure_id)) {
        throw notFound('share_not_found', 'No such link in your structure (or the person stopped sharing).');
      }
      await auditAction(app.pro, actor, 'share.view', row.structure_id, { type: 'share', id: row.id });
      return { ...shareSummaryOf(row), data: sharedDataOf(row) };
    },
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
      const actor = actorOf(request);
      const row = await app.pro.shares.findShare(request.params.id);
      if (row === undefined || !canActOnStructure(actor, row.structure_id)) {
        throw notFound('share_not_found', 'No such link in your structure (or the person stopped sharing).');
      }
      await app.pro.shares.deleteShare(row.id);
      await auditAction(app.pro, actor, 'share.end', row.structure_id, { type: 'share', id: row.id });
      return reply.code(204).send(null);
    },
  );
};

export default proSharesRoutes;
