// GET /api/pro/audit — the audit log: structure admins see their structure's, platform admins everything.
import { ApiErrorSchema, AuditPageSchema, AuditQuerySchema } from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../../pro/request-auth.js';

const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      schema: {
        summary: 'Who viewed or changed what, who was refused, newest first (identifiers only)',
        description:
          'Paged on a stable cursor: pass the `nextCursor` of a page as `cursor` to get the next (older) one.',
        tags: ['pro'],
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema, 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema },
      },
    },
    async (request) => app.auditLog.page(actorOf(request), request.query),
  );
};

export default auditRoutes;
