// /api/pro/structures — structures on Oz and what they declare. Everyone signed in can list them (to refer a
// request); structure admins edit their own entry (publics, hours, wait time, accepting new people); platform
// admins add structures to Oz and set the routing (départements served, whether requests are received).
import {
  ApiErrorSchema,
  IdParamsSchema,
  StructureProfileSchema,
  StructureProfileUpdateSchema,
} from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError, notFound } from '../../../../http-errors.js';
import { canAdministerStructure, isPlatformAdmin } from '../../../../pro/access.js';
import { auditAction } from '../../../../pro/request-access.js';
import { actorOf } from '../../../../pro/request-auth.js';

const errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema };

const structuresRoutes: FastifyPluginAsyncZod = async (app) => {
  const { profiles } = app.pro;

  app.get(
    '/',
    {
      schema: {
        summary: 'Structures on Oz with their declared availability and routing',
        tags: ['pro'],
        response: { 200: z.object({ structures: z.array(StructureProfileSchema) }), ...errors },
      },
    },
    async () => ({ structures: await profiles.list() }),
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
    async (request) => {
      const profile = await profiles.find(request.params.id);
      if (profile === undefined) throw notFound('structure_not_on_oz', 'This structure has not joined Oz.');
      return profile;
    },
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
      const actor = actorOf(request);
      const structureId = request.params.id;
      if (!canAdministerStructure(actor, structureId)) {
        throw new HttpError(403, 'forbidden', 'Only this structure’s admins can change its entry.');
      }
      const routingChange =
        request.body.servesDepartements !== undefined || request.body.receivesRequests !== undefined;
      if (routingChange && !isPlatformAdmin(actor)) {
        throw new HttpError(403, 'forbidden', 'servesDepartements: routing is set by the platform team');
      }
      const exists = (await profiles.find(structureId)) !== undefined;
      if (!exists && !isPlatformAdmin(actor))
        throw notFound('structure_not_on_oz', 'This structure has not joined Oz.');
      if ((await profiles.structureName(structureId)) === undefined) {
        throw notFound('structure_not_found', 'No such structure in the directory.');
      }
      await profiles.upsert(structureId, request.body, actor.userId, app.pro.now());
      // The public directory shows the new entry in this process's very next answer (other processes: within
      // OZ_DIRECTORY_MAX_STALENESS_MS).
      await app.directory.changed();
      await auditAction(app.pro, actor, exists ? 'structure.update' : 'structure.join', structureId, {
        type: 'structure',
        id: structureId,
      });
      const profile = await profiles.find(structureId);
      if (profile === undefined) throw new Error('profile vanished after upsert');
      return profile;
    },
  );
};

export default structuresRoutes;
