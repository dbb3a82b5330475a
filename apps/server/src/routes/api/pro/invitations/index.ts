// POST /api/pro/invitations — a professional invites a person to link with their structure: a short code to
// read aloud or type, and the URL to show as a QR code. Valid 72 h, once.
import {
  ApiErrorSchema,
  INVITATION_CODE_ALPHABET,
  INVITATION_CODE_LENGTH,
  INVITATION_TTL_HOURS,
  InvitationCreateSchema,
  InvitationSchema,
} from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpError } from '../../../../http-errors.js';
import { auditAction } from '../../../../pro/request-access.js';
import { actorOf } from '../../../../pro/request-auth.js';
import { randomCode } from '../../../../pro/tokens.js';

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
    async (request, reply) => {
      const actor = actorOf(request);
      if (actor.structureId === null) {
        throw new HttpError(
          403,
          'no_structure',
          'Invitations link a person with a structure: your account has none.',
        );
      }
      const now = app.pro.now();
      const code = randomCode(INVITATION_CODE_ALPHABET, INVITATION_CODE_LENGTH);
      const invitation = await app.pro.shares.createInvitation(
        {
          code,
          structureId: actor.structureId,
          createdBy: actor.userId,
          label: request.body.label ?? null,
          expiresAt: new Date(now.getTime() + INVITATION_TTL_HOURS * 3_600_000),
        },
        now,
      );
      await auditAction(app.pro, actor, 'invitation.create', actor.structureId, {
        type: 'invitation',
        id: invitation.id,
      });
      return reply.code(201).send({
        id: invitation.id,
        code,
        url: `${app.pro.publicUrl}/lien?code=${code}`,
        expiresAt: invitation.expires_at,
        label: invitation.label,
      });
    },
  );
};

export default invitationRoutes;
