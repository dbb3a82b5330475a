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
import { bearerTokenOf } from '../../../pro/request-auth.js';
import { rateLimitFor } from '../../../rate-limits.js';

const ShareParamsSchema = z.object({ id: z.uuid() });

const sharesRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.personShares;

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
    async (request, reply) => reply.code(201).send(await service.redeem(request.body.code)),
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
    async (request) => service.view(request.params.id, bearerTokenOf(request.headers.authorization)),
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
    async (request) =>
      service.replace(request.params.id, bearerTokenOf(request.headers.authorization), request.body),
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
      await service.revoke(request.params.id, bearerTokenOf(request.headers.authorization));
      return reply.code(204).send(null);
    },
  );
};

export default sharesRoutes;
