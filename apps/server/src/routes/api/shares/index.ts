// /api/shares — the person's side of a link with a professional, without an account: redeem an invitation code
// (→ a share token), upload exactly what they chose, see what is shared, stop sharing (the server copy is
// deleted). GET/PUT/DELETE need `Authorization: Bearer <share token>`.
import {
  ApiErrorSchema,
  BearerHeadersSchema,
  ShareLinkSchema,
  ShareRedeemSchema,
  ShareViewSchema,
  SharedDataSchema,
} from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ShareRow } from '../../../db/repositories/shares.repository.js';
import { HttpError, notFound } from '../../../http-errors.js';
import { randomToken, sameSecret, sha256 } from '../../../pro/tokens.js';
import { rateLimitFor } from '../../../rate-limits.js';
import { sharedDataOf } from '../../../sharing/share-views.js';

const ShareParamsSchema = z.object({ id: z.uuid() });

const sharesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { shares, profiles, audit } = app.pro;

  async function shareWithToken(id: string, authorization: string): Promise<ShareRow> {
    const row = await shares.findShare(id);
    if (row === undefined || !sameSecret(row.token_hash, sha256(authorization.slice('Bearer '.length)))) {
      throw notFound('share_not_found', 'No such share, or sharing was stopped.');
    }
    return row;
  }

  async function viewOf(row: ShareRow) {
    const structure = await profiles.structureName(row.structure_id);
    return {
      id: row.id,
      structure: { id: row.structure_id, name: structure?.name ?? '' },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      data: sharedDataOf(row),
    };
  }

  const personAudit = (action: string, row: ShareRow) =>
    audit.record(
      {
        actorId: null,
        actorRole: 'person',
        action,
        structureId: row.structure_id,
        subjectType: 'share',
        subjectId: row.id,
      },
      app.pro.now(),
    );

  app.post(
    '/',
    {
      config: { rateLimit: rateLimitFor(app.config, 'shareRedeem') },
      schema: {
        summary: 'Redeem an invitation code from a professional: opens a share (nothing is shared yet)',
        tags: ['shares'],
        body: ShareRedeemSchema,
        response: { 201: ShareLinkSchema, 400: ApiErrorSchema, 404: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      const shareToken = randomToken(32);
      const row = await shares.redeem(request.body.code, sha256(shareToken), app.pro.now());
      if (row === undefined)
        throw notFound('invitation_not_found', 'code: unknown, expired or already used code');
      await personAudit('share.link', row);
      const structure = await profiles.structureName(row.structure_id);
      return reply
        .code(201)
        .send({ id: row.id, shareToken, structure: { id: row.structure_id, name: structure?.name ?? '' } });
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        summary: 'Exactly what is shared, and with whom',
        tags: ['shares'],
        params: ShareParamsSchema,
        headers: BearerHeadersSchema,
        response: { 200: ShareViewSchema, 400: ApiErrorSchema, 404: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    async (request) => viewOf(await shareWithToken(request.params.id, request.headers.authorization)),
  );

  app.put(
    '/:id/data',
    {
      schema: {
        summary: 'Replace the shared data with what the person chose (absent parts are no longer shared)',
        tags: ['shares'],
        params: ShareParamsSchema,
        headers: BearerHeadersSchema,
        body: SharedDataSchema,
        response: { 200: ShareViewSchema, 400: ApiErrorSchema, 404: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    async (request) => {
      const row = await shareWithToken(request.params.id, request.headers.authorization);
      const { diaryWeeks, diaryDays, screenings } = request.body;
      if (diaryWeeks === undefined && diaryDays === undefined && screenings === undefined) {
        throw new HttpError(
          400,
          'invalid_request',
          'diaryWeeks: share something, or stop sharing with DELETE',
        );
      }
      await shares.replaceData(
        row.id,
        {
          diaryWeeks: diaryWeeks === undefined ? null : JSON.stringify(diaryWeeks),
          diaryDays: diaryDays === undefined ? null : JSON.stringify(diaryDays),
          screenings: screenings === undefined ? null : JSON.stringify(screenings),
        },
        app.pro.now(),
      );
      await personAudit('share.update', row);
      return viewOf(await shareWithToken(row.id, request.headers.authorization));
    },
  );

  app.delete(
    '/:id',
    {
      schema: {
        summary: 'Stop sharing: the server copy is deleted',
        tags: ['shares'],
        params: ShareParamsSchema,
        headers: BearerHeadersSchema,
        response: { 204: z.null(), 400: ApiErrorSchema, 404: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      const row = await shareWithToken(request.params.id, request.headers.authorization);
      await shares.deleteShare(row.id);
      await personAudit('share.revoke', row);
      return reply.code(204).send(null);
    },
  );
};

export default sharesRoutes;
