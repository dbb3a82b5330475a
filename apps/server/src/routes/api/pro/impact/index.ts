// /api/pro/impact — the programme managers' dashboard (issue 12): platform admins see everything, structure
// admins their structure, professionals nothing. Counts below 5 never leave as numbers (@oz/core suppression).
import { ApiErrorSchema, ImpactQuerySchema, ImpactReportSchema, ImpactTargetsSchema } from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../../pro/request-auth.js';

const errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema };

const impactRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      schema: {
        summary: 'One programme year of the impact table (counts below 5 shown as suppressed)',
        tags: ['pro'],
        querystring: ImpactQuerySchema,
        response: { 200: ImpactReportSchema, ...errors, 404: ApiErrorSchema },
      },
    },
    async (request) => app.impact.report(actorOf(request), request.query),
  );

  app.get(
    '/targets',
    {
      schema: {
        summary: 'The programme’s start month and targets',
        tags: ['pro'],
        response: { 200: ImpactTargetsSchema, ...errors },
      },
    },
    async (request) => app.impact.targetsFor(actorOf(request)),
  );

  app.put(
    '/targets',
    {
      schema: {
        summary: 'Change the programme’s start month and targets (platform admins)',
        tags: ['pro'],
        body: ImpactTargetsSchema,
        response: { 200: ImpactTargetsSchema, ...errors },
      },
    },
    async (request) => app.impact.saveTargets(actorOf(request), request.body),
  );
};

export default impactRoutes;
