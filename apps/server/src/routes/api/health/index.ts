// GET /api/health — liveness and database reachability, for load balancers and `npm start` checks.
import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const HealthSchema = z.object({ status: z.literal('ok'), db: z.enum(['sqlite', 'postgres']) });
const UnhealthySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      config: { rateLimit: false },
      schema: {
        summary: 'Server and database health',
        tags: ['health'],
        response: { 200: HealthSchema, 503: UnhealthySchema },
      },
    },
    async (request, reply) => {
      try {
        await sql`select 1`.execute(app.database.db);
        return { status: 'ok' as const, db: app.database.kind };
      } catch (error) {
        request.log.error({ err: error }, 'database unreachable');
        return reply
          .code(503)
          .send({ error: { code: 'database_unavailable', message: 'Database unreachable.' } });
      }
    },
  );
};

export default healthRoutes;
