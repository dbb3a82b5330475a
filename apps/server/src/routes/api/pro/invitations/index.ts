// POST /api/pro/invitations — a professional invites a person to link with their structure: a short code to
// read aloud or type, and the URL to show as a QR code. Valid 72 h, once.
import { ApiErrorSchema, InvitationCreateSchema, InvitationSchema } from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../../pro/request-auth.js';

const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/',
    {
      schema: {
        summary: 'Create an invitation code (and the QR code URL) for a person to link with this structure',
        tags: ['pro'],
        body: InvitationCreateSchema,
        response: { 201: InvitationSchema, 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await app.proShares.invite(actorOf(request), request.body.label)),
  );
};

export default invitationRoutes;
