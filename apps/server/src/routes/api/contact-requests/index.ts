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
import { submitContactRequest } from '../../../contact/contact-service.js';
import { trackingOf } from '../../../contact/request-views.js';
import type { ContactRequestRow } from '../../../db/repositories/contact-requests.repository.js';
import { notFound } from '../../../http-errors.js';
import { rateLimitFor } from '../../../rate-limits.js';
import { sameSecret, sha256 } from '../../../pro/tokens.js';

const contactRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  const { requests, profiles, audit } = app.pro;

  /** The request if the bearer token is its tracking token; unknown id or wrong token look the same (404). */
  async function requestWithToken(id: string, authorization: string): Promise<ContactRequestRow> {
    const row = await requests.findById(id);
    const token = authorization.slice('Bearer '.length);
    if (row === undefined || !sameSecret(row.tracking_token_hash, sha256(token))) {
      throw notFound('contact_request_not_found', 'No such request, or it was withdrawn.');
    }
    return row;
  }

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
      const submission = await submitContactRequest(
        app.pro,
        (query) => app.places.resolve(query),
        request.body,
        request.headers['idempotency-key'],
      );
      const { row } = submission;
      return reply.code(submission.created ? 201 : 200).send({
        id: row.id,
        status: ContactRequestCreatedSchema.shape.status.parse(row.status),
        createdAt: row.created_at,
        dueAt: row.due_at,
        trackingToken: submission.trackingToken,
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
    async (request) => {
      const row = await requestWithToken(request.params.id, request.headers.authorization);
      const structure =
        row.structure_id === null ? null : ((await profiles.structureName(row.structure_id)) ?? null);
      return trackingOf(row, await requests.events(row.id), structure);
    },
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
      const row = await requestWithToken(request.params.id, request.headers.authorization);
      await requests.delete(row.id);
      await audit.record(
        {
          actorId: null,
          actorRole: 'person',
          action: 'request.withdraw',
          structureId: row.structure_id,
          subjectType: 'contact_request',
          subjectId: row.id,
        },
        app.pro.now(),
      );
      return reply.code(204).send(null);
    },
  );
};

export default contactRequestRoutes;
