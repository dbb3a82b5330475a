// Actions on one request: assign, log a contact attempt, change status, add a note, refer to another structure.
// Each answers the updated request detail, and each is recorded in the audit log (ids only).
import {
  ApiErrorSchema,
  AssignSchema,
  ContactAttemptSchema,
  IdParamsSchema,
  NoteSchema,
  ReferralSchema,
  RequestDetailSchema,
  StatusChangeSchema,
} from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../../pro/request-auth.js';

const responses = {
  200: RequestDetailSchema,
  400: ApiErrorSchema,
  401: ApiErrorSchema,
  403: ApiErrorSchema,
  404: ApiErrorSchema,
  409: ApiErrorSchema,
};

const actionRoutes: FastifyPluginAsyncZod = async (app) => {
  const workflow = app.requestWorkflow;
  const schemaOf = <Body>(summary: string, body: Body) => ({
    summary,
    tags: ['pro'],
    params: IdParamsSchema,
    body,
    response: responses,
  });

  app.post(
    '/:id/assign',
    { schema: schemaOf('Assign the request to oneself or a colleague', AssignSchema) },
    async (request) => workflow.assign(actorOf(request), request.params.id, request.body.userId),
  );

  app.post(
    '/:id/attempts',
    { schema: schemaOf('Log a contact attempt', ContactAttemptSchema) },
    async (request) =>
      workflow.logEvent(actorOf(request), request.params.id, 'request.contact_attempt', {
        kind: 'contact_attempt',
        channel: request.body.channel,
        outcome: request.body.outcome,
        text: request.body.comment ?? null,
      }),
  );

  app.post(
    '/:id/status',
    { schema: schemaOf('Change the status (allowed moves only)', StatusChangeSchema) },
    async (request) =>
      workflow.changeStatus(actorOf(request), request.params.id, request.body.status, request.body.comment),
  );

  app.post('/:id/notes', { schema: schemaOf('Add a note to the history', NoteSchema) }, async (request) =>
    workflow.logEvent(actorOf(request), request.params.id, 'request.note', {
      kind: 'note',
      text: request.body.text,
    }),
  );

  app.post(
    '/:id/referral',
    {
      schema: schemaOf(
        'Refer to another structure on Oz (it joins that queue with its history)',
        ReferralSchema,
      ),
    },
    async (request) =>
      workflow.refer(actorOf(request), request.params.id, request.body.structureId, request.body.comment),
  );
};

export default actionRoutes;
