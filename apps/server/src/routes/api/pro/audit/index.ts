// GET /api/pro/audit — the audit log: structure admins see their structure's, platform admins everything.
import { ApiErrorSchema, AuditPageSchema, AuditQuerySchema } from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpError } from '../../../../http-errors.js';
import { canAdministerStructure, isPlatformAdmin } from '../../../../pro/access.js';
import { actorOf } from '../../../../pro/request-auth.js';

const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      schema: {
        summary: 'Who viewed or changed what, newest first (identifiers only); page with `before`',
        tags: ['pro'],
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema, 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const structureId = isPlatformAdmin(actor) ? request.query.structureId : actor.structureId;
      if (
        !isPlatformAdmin(actor) &&
        (structureId === null || !canAdministerStructure(actor, structureId ?? null))
      ) {
        throw new HttpError(403, 'forbidden', 'Only structure and platform admins read the audit log.');
      }
      if (
        !isPlatformAdmin(actor) &&
        request.query.structureId !== undefined &&
        request.query.structureId !== structureId
      ) {
        throw new HttpError(403, 'forbidden', 'structureId: you can only read your own structure’s log');
      }
      const before =
        request.query.before === undefined ? undefined : new Date(request.query.before).toISOString();
      const entries = await app.pro.audit.list({
        structureId: structureId === 'platform' ? null : structureId,
        subjectId: request.query.subjectId,
        before,
        limit: request.query.limit,
      });
      return { entries };
    },
  );
};

export default auditRoutes;
