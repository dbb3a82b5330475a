// POST /api/stats/counts — the person's app's anonymous counts (issue 12), at most one batch a day per device.
// The body is counts and nothing else; nothing of the request (address, headers) is stored with them, and the
// request log carries only method, path and id (app.ts).
import { ApiErrorSchema, UsageCountsBatchSchema } from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rateLimitFor } from '../../../../rate-limits.js';

const countsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/',
    {
      config: { rateLimit: rateLimitFor(app.config, 'statsCounts') },
      schema: {
        summary: 'Add the app’s anonymous daily counts to the counters (no identifier is accepted or kept)',
        description:
          'Each key is `metric` or `metric:dimension` from @oz/core `USAGE_METRICS`; each day within the last 8 ' +
          'days. The server adds the counts to per-day counters and stores nothing else about the request.',
        tags: ['statistics'],
        body: UsageCountsBatchSchema,
        response: { 204: z.null(), 400: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      await app.impact.recordCounts(request.body);
      return reply.code(204).header('cache-control', 'no-store').send(null);
    },
  );
};

export default countsRoutes;
