// /api/contact-requests — « Parler à un professionnel »: submit once (Idempotency-Key header), follow it, withdraw
// it. The person has no account: GET and DELETE need the tracking token as `Authorization: Bearer <token>`.
import {
  ApiErrorSchema,
  BearerHeadersSchema,
  ContactRequestCreateHeadersSchema,
  ContactRequestCreateSchema,
  ContactRequestCreatedSchema,
  ContactRequestIdParamsSchema,
  ContactRequestTrackingSchema,
} from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerTokenOf } from '../../../pro/request-auth.js';
import { rateLimitFor } from '../../../rate-limits.js';

const contactRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.contactRequests;

  app.post(
    '/',
    {
      config: { rateLimit: rateLimitFor(app.config, 'contactRequest') },
      schema: {
        summary: 'Ask to be contacted by a professional within 48 h',
        description:
          'Send an `Idempotency-Key` header (a random UUID generated once per request and re-sent on every retry). ' +
          'The first call answers 201; a retry with the same key and body answers 200 with the same id and token; ' +
          'the same key with a different body answers 409. The request goes to the structure on Oz serving the ' +
          'postal code’s département, else to the platform team.',
        tags: ['contact-requests'],
        headers: ContactRequestCreateHeadersSchema,
        body: ContactRequestCreateSchema,
        response: {
          200: ContactRequestCreatedSchema,
          201: ContactRequestCreatedSchema,
          400: ApiErrorSchema,
          409: ApiErrorSchema,
          429: ApiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const {
        created,
        request: stored,
        trackingToken,
      } = await service.submit(request.body, request.headers['idempotency-key']);
      return reply.code(created ? 201 : 200).send({
        id: stored.id,
        status: stored.status,
        createdAt: stored.createdAt,
        dueAt: stored.dueAt,
        trackingToken,
      });
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        summary: 'Where my request stands (status steps, deadline, structure)',
        tags: ['contact-requests'],
        params: ContactRequestIdParamsSchema,
        headers: BearerHeadersSchema,
        response: {
          200: ContactRequestTrackingSchema,
          400: ApiErrorSchema,
          404: ApiErrorSchema,
          429: ApiErrorSchema,
        },
      },
    },
    async (request) => service.track(request.params.id, bearerTokenOf(request.headers.authorization)),
  );

  app.delete(
    '/:id',
    {
      schema: {
        summary: 'Withdraw my request: it is erased from the server',
        tags: ['contact-requests'],
        params: ContactRequestIdParamsSchema,
        headers: BearerHeadersSchema,
        response: { 204: z.null(), 400: ApiErrorSchema, 404: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      await service.withdraw(request.params.id, bearerTokenOf(request.headers.authorization));
      return reply.code(204).send(null);
    },
  );
};

export default contactRequestRoutes;
