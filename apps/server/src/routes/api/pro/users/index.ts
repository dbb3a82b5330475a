// /api/pro/users — team management. Structure admins manage their structure's team; platform admins everyone.
// Only platform admins create accounts here: structure admins invite (../team-invitations), so that no answer
// discloses whether an address has an account elsewhere. New accounts and resets get a one-time password, shown
// once to the admin and to be changed at first sign-in.
import {
  ApiErrorSchema,
  IdParamsSchema,
  IdSchema,
  OneTimePasswordSchema,
  ProUserSchema,
  UserCreateSchema,
  UserUpdateSchema,
} from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../../../pro/request-auth.js';

const errors = {
  400: ApiErrorSchema,
  401: ApiErrorSchema,
  403: ApiErrorSchema,
  404: ApiErrorSchema,
  409: ApiErrorSchema,
};

const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const team = app.team;

  app.get(
    '/',
    {
      schema: {
        summary:
          'Accounts: one’s structure’s team (structure admins) or everyone (platform admins, ?structureId=)',
        tags: ['pro'],
        querystring: z.object({ structureId: IdSchema.optional() }),
        response: { 200: z.object({ users: z.array(ProUserSchema) }), ...errors },
      },
    },
    async (request) => ({ users: await team.list(actorOf(request), request.query.structureId) }),
  );

  app.post(
    '/',
    {
      schema: {
        summary:
          'Create an account (platform admins; structure admins invite instead); answers its one-time password',
        tags: ['pro'],
        body: UserCreateSchema,
        response: { 201: OneTimePasswordSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await team.create(actorOf(request), request.body)),
  );

  app.patch(
    '/:id',
    {
      schema: {
        summary:
          'Rename, change the role of, deactivate or reactivate an account (deactivation signs it out)',
        tags: ['pro'],
        params: IdParamsSchema,
        body: UserUpdateSchema,
        response: { 200: ProUserSchema, ...errors },
      },
    },
    async (request) => team.update(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/:id/password-reset',
    {
      schema: {
        summary:
          'Reset a password: a new one-time password (shown once); the account is signed out everywhere',
        tags: ['pro'],
        params: IdParamsSchema,
        response: { 200: OneTimePasswordSchema, ...errors },
      },
    },
    async (request) => team.resetPassword(actorOf(request), request.params.id),
  );
};

export default usersRoutes;
