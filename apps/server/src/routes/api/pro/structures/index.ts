// /api/pro/structures — structures on Oz and what they declare. Everyone signed in can list them (to refer a
// request); structure admins edit their own entry; platform admins add structures to Oz and set the routing.
import {
  ApiErrorSchema,
  IdParamsSchema,
  StructureProfileSchema,
  StructureProfileUpdateSchema,
} from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../../../pro/request-auth.js';

const errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema };

const structuresRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.structureProfiles;

  app.get(
    '/',
    {
      schema: {
        summary: 'Structures on Oz with their declared availability and routing',
        tags: ['pro'],
        response: { 200: z.object({ structures: z.array(StructureProfileSchema) }), ...errors },
      },
    },
    async () => ({ structures: await service.list() }),
  );

  app.get(
    '/:id',
    {
      schema: {
        summary: 'One structure on Oz',
        tags: ['pro'],
        params: IdParamsSchema,
        response: { 200: StructureProfileSchema, ...errors },
      },
    },
    async (request) => service.find(request.params.id),
  );

  app.put(
    '/:id',
    {
      schema: {
        summary: 'Update a structure’s entry (platform admins: also add it to Oz and set its routing)',
        tags: ['pro'],
        params: IdParamsSchema,
        body: StructureProfileUpdateSchema,
        response: { 200: StructureProfileSchema, ...errors },
      },
    },
    async (request) => {
      const profile = await service.update(actorOf(request), request.params.id, request.body);
      // The public directory shows the new entry in this process's very next answer (other processes: within
      // OZ_DIRECTORY_MAX_STALENESS_MS, ADR 0006).
      await app.directory.changed();
      return profile;
    },
  );
};

export default structuresRoutes;
