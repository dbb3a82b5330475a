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
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { assign, changeStatus, logEvent, refer } from '../../../../contact/request-actions.js';
import { requestDetailOf } from '../../../../contact/request-views.js';
import { StaleStatusError } from '../../../../db/repositories/contact-requests.repository.js';
import { HttpError } from '../../../../http-errors.js';
import type { Actor } from '../../../../pro/access.js';
import { auditAction, visibleRequest } from '../../../../pro/request-access.js';
import type { VisibleRequest } from '../../../../pro/request-access.js';
import { actorOf } from '../../../../pro/request-auth.js';

const responses = {
  200: RequestDetailSchema,
  400: ApiErrorSchema,
  401: ApiErrorSchema,
  403: ApiErrorSchema,
  404: ApiErrorSchema,
  409: ApiErrorSchema,
};

/** Runs an action on a visible request, audits it, and answers the fresh detail (or what the actor may still see). */
async function act(
  app: FastifyInstance,
  actor: Actor,
  id: string,
  action: string,
  run: (request: VisibleRequest) => Promise<void>,
) {
  const request = await visibleRequest(app.pro, actor, id);
  try {
    await run(request);
  } catch (error) {
    if (error instanceof StaleStatusError) throw new HttpError(409, 'request_changed', error.message);
    throw error;
  }
  await auditAction(app.pro, actor, action, request.structure_id, { type: 'contact_request', id });
  const updated = await app.pro.requests.findWithAssignee(id);
  if (updated === undefined)
    throw new HttpError(404, 'contact_request_not_found', 'The request was withdrawn.');
  return requestDetailOf(updated, await app.pro.requests.events(id), app.pro.now());
}

const actionRoutes: FastifyPluginAsyncZod = async (app) => {
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
    async (request) =>
      act(app, actorOf(request), request.params.id, 'request.assign', (row) =>
        assign(app.pro, actorOf(request), row, request.body.userId),
      ),
  );

  app.post(
    '/:id/attempts',
    { schema: schemaOf('Log a contact attempt', ContactAttemptSchema) },
    async (request) =>
      act(app, actorOf(request), request.params.id, 'request.contact_attempt', (row) =>
        logEvent(app.pro, row, {
          kind: 'contact_attempt',
          actor_user_id: actorOf(request).userId,
          channel: request.body.channel,
          outcome: request.body.outcome,
          text: request.body.comment ?? null,
        }),
      ),
  );

  app.post(
    '/:id/status',
    { schema: schemaOf('Change the status (allowed moves only)', StatusChangeSchema) },
    async (request) =>
      act(app, actorOf(request), request.params.id, 'request.status_change', (row) =>
        changeStatus(app.pro, actorOf(request), row, request.body.status, request.body.comment),
      ),
  );

  app.post('/:id/notes', { schema: schemaOf('Add a note to the history', NoteSchema) }, async (request) =>
    act(app, actorOf(request), request.params.id, 'request.note', (row) =>
      logEvent(app.pro, row, {
        kind: 'note',
        actor_user_id: actorOf(request).userId,
        text: request.body.text,
      }),
    ),
  );

  app.post(
    '/:id/referral',
    {
      schema: schemaOf(
        'Refer to another structure on Oz (it joins that queue with its history)',
        ReferralSchema,
      ),
    },
    async (request) => {
      const actor = actorOf(request);
      const id = request.params.id;
      const row = await visibleRequest(app.pro, actor, id);
      try {
        await refer(app.pro, actor, row, request.body.structureId, request.body.comment);
      } catch (error) {
        if (error instanceof StaleStatusError) throw new HttpError(409, 'request_changed', error.message);
        throw error;
      }
      await auditAction(app.pro, actor, 'request.refer', row.structure_id, { type: 'contact_request', id });
      await auditAction(app.pro, actor, 'request.referred_in', request.body.structureId, {
        type: 'contact_request',
        id,
      });
      const updated = await app.pro.requests.findWithAssignee(id);
      if (updated === undefined)
        throw new HttpError(404, 'contact_request_not_found', 'The request was withdrawn.');
      return requestDetailOf(updated, await app.pro.requests.events(id), app.pro.now());
    },
  );
};

export default actionRoutes;
