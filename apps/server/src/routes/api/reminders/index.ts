// /api/reminders — reminders by Web Push, without an account (issue 11). Subscribing sends the browser's push
// subscription, the days, the time and the time zone, and answers an id and a token; PUT/DELETE and the test
// push need `Authorization: Bearer <token>`. Stopping deletes the row. Nothing about the person is sent.
import {
  ApiErrorSchema,
  BearerHeadersSchema,
  ReminderLinkSchema,
  ReminderStatusSchema,
  ReminderSubscribeSchema,
} from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerTokenOf } from '../../../pro/request-auth.js';
import { rateLimitFor } from '../../../rate-limits.js';

const ReminderParamsSchema = z.object({ id: z.uuid() });
const TestPushResultSchema = z.object({
  sent: z.boolean(),
  reason: z.string().optional().describe('Why the push service refused it (e.g. http_429)'),
});

const remindersRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.reminders;
  const limited = { rateLimit: rateLimitFor(app.config, 'reminders') };

  app.post(
    '/',
    {
      config: limited,
      schema: {
        summary:
          'Subscribe to reminders (subscribing an endpoint again replaces its subscription: retries are safe)',
        tags: ['reminders'],
        body: ReminderSubscribeSchema,
        response: { 201: ReminderLinkSchema, 400: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await service.subscribe(request.body)),
  );

  app.put(
    '/:id',
    {
      config: limited,
      schema: {
        summary: 'Change the days, the time, the time zone, the push subscription, or pause/resume',
        tags: ['reminders'],
        params: ReminderParamsSchema,
        headers: BearerHeadersSchema,
        body: ReminderSubscribeSchema,
        response: {
          200: ReminderStatusSchema,
          400: ApiErrorSchema,
          404: ApiErrorSchema,
          429: ApiErrorSchema,
        },
      },
    },
    async (request) =>
      service.update(request.params.id, bearerTokenOf(request.headers.authorization), request.body),
  );

  app.delete(
    '/:id',
    {
      config: limited,
      schema: {
        summary: 'Stop reminders: the subscription is deleted from the server',
        tags: ['reminders'],
        params: ReminderParamsSchema,
        headers: BearerHeadersSchema,
        response: { 204: z.null(), 400: ApiErrorSchema, 404: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      await service.unsubscribe(request.params.id, bearerTokenOf(request.headers.authorization));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/:id/test',
    {
      config: limited,
      schema: {
        summary: 'Send a test push now (404 and deleted if the browser dropped the subscription)',
        tags: ['reminders'],
        params: ReminderParamsSchema,
        headers: BearerHeadersSchema,
        response: {
          200: TestPushResultSchema,
          400: ApiErrorSchema,
          404: ApiErrorSchema,
          429: ApiErrorSchema,
        },
      },
    },
    async (request) => service.sendTest(request.params.id, bearerTokenOf(request.headers.authorization)),
  );
};

export default remindersRoutes;
