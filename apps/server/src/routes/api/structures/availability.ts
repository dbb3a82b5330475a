// GET /api/structures/availability — what structures on Oz declare about their capacity (wait for a first
// appointment, accepting new people), so orientation avoids saturated ones. Joined to the directory by id.
import { ApiErrorSchema, StructureAvailabilitySchema } from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const availabilityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/availability',
    {
      schema: {
        summary: 'Self-declared wait times and whether structures accept new people',
        tags: ['structures'],
        response: { 200: StructureAvailabilitySchema, 429: ApiErrorSchema },
      },
    },
    async (_request, reply) => {
      const profiles = await app.structureProfiles.list();
      reply.header('cache-control', 'public, max-age=300');
      return {
        structures: profiles.map((profile) => ({
          structureId: profile.structureId,
          waitTimeDays: profile.waitTimeDays,
          acceptingNewPeople: profile.acceptingNewPeople,
          updatedAt: profile.updatedAt,
        })),
      };
    },
  );
};

export default availabilityRoutes;
