// /api/pro/team-invitations — structure admins invite colleagues by e-mail (platform admins: anyone, anywhere).
// The answer is the same whether or not the address already has an account on Oz: the address gets either the
// one-time link (`/pro/invitation#<token>`) or a notice that it already has an account. Accepting is public
// (the invitee has no session yet) and rate-limited like sign-in.
import {
  ApiErrorSchema,
  IdParamsSchema,
  TeamInvitationAcceptSchema,
  TeamInvitationAcceptedSchema,
  TeamInvitationCreateSchema,
  TeamInvitationListSchema,
  TeamInvitationQuerySchema,
  TeamInvitationSchema,
} from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../../../pro/request-auth.js';
import { rateLimitFor } from '../../../../rate-limits.js';

const errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema, 404: ApiErrorSchema };

const teamInvitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const invitations = app.teamInvitations;

  app.get(
    '/',
    {
      schema: {
        summary: 'Pending team invitations of one’s structure (platform admins: ?structureId=<id>|platform)',
        tags: ['pro'],
        querystring: TeamInvitationQuerySchema,
        response: { 200: TeamInvitationListSchema, ...errors },
      },
    },
    async (request) => ({
      invitations: await invitations.list(actorOf(request), request.query.structureId),
    }),
  );

  app.post(
    '/',
    {
      schema: {
        summary:
          'Invite a colleague by e-mail; 202 whatever the address (an account elsewhere is not disclosed)',
        tags: ['pro'],
        body: TeamInvitationCreateSchema,
        response: { 202: TeamInvitationSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(202).send(await invitations.create(actorOf(request), request.body)),
  );

  app.delete(
    '/:id',
    {
      schema: {
        summary: 'Revoke a pending invitation: its link stops working',
        tags: ['pro'],
        params: IdParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await invitations.revoke(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/accept',
    {
      config: { proPublic: true, rateLimit: rateLimitFor(app.config, 'login') },
      schema: {
        summary: 'Accept an invitation: choose a password; the account is created in the inviting team',
        description:
          'The token is the fragment of the e-mailed link. 400 `invitation_invalid` for an unknown, expired or used link alike.',
        tags: ['pro'],
        body: TeamInvitationAcceptSchema,
        response: { 201: TeamInvitationAcceptedSchema, 400: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await invitations.accept(request.body.token, request.body.password)),
  );
};

export default teamInvitationRoutes;
