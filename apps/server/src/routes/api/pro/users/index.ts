// /api/pro/users — team management. Structure admins manage their structure's team; platform admins everyone.
// New accounts and resets get a one-time password, shown once to the admin and to be changed at first sign-in.
import {
  ApiErrorSchema,
  IdParamsSchema,
  OneTimePasswordSchema,
  ProUserSchema,
  UserCreateSchema,
  UserUpdateSchema,
} from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DuplicateEmailError, proUserOfRow } from '../../../../db/repositories/users.repository.js';
import type { UserRow } from '../../../../db/repositories/users.repository.js';
import { HttpError, notFound } from '../../../../http-errors.js';
import {
  canAdministerStructure,
  canGrantRole,
  isPlatformAdmin,
  isStructureAdminOrAbove,
} from '../../../../pro/access.js';
import type { Actor } from '../../../../pro/access.js';
import { hashPassword } from '../../../../pro/password.js';
import { auditAction } from '../../../../pro/request-access.js';
import { actorOf } from '../../../../pro/request-auth.js';
import { oneTimePassword } from '../../../../pro/tokens.js';

const errors = {
  400: ApiErrorSchema,
  401: ApiErrorSchema,
  403: ApiErrorSchema,
  404: ApiErrorSchema,
  409: ApiErrorSchema,
};
const forbidden = (): HttpError =>
  new HttpError(403, 'forbidden', 'Only structure and platform admins manage accounts.');

function requireAdmin(actor: Actor): void {
  if (!isStructureAdminOrAbove(actor)) throw forbidden();
}

const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users, sessions } = app.pro;

  async function manageableUser(actor: Actor, id: string): Promise<UserRow> {
    requireAdmin(actor);
    const user = await users.findById(id);
    const visible =
      user !== undefined && (isPlatformAdmin(actor) || canAdministerStructure(actor, user.structure_id));
    if (!visible) throw notFound('user_not_found', 'No such account in your structure.');
    return user;
  }

  app.get(
    '/',
    {
      schema: {
        summary:
          'Accounts: one’s structure’s team (structure admins) or everyone (platform admins, ?structureId=)',
        tags: ['pro'],
        querystring: z.object({ structureId: z.string().min(1).max(80).optional() }),
        response: { 200: z.object({ users: z.array(ProUserSchema) }), ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      requireAdmin(actor);
      const wanted = request.query.structureId === 'platform' ? null : request.query.structureId;
      const structureId = isPlatformAdmin(actor) ? wanted : actor.structureId;
      return { users: (await users.list(structureId)).map(proUserOfRow) };
    },
  );

  app.post(
    '/',
    {
      schema: {
        summary: 'Create an account; answers its one-time password (shown once)',
        tags: ['pro'],
        body: UserCreateSchema,
        response: { 201: OneTimePasswordSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      requireAdmin(actor);
      const { role, email, displayName } = request.body;
      const structureId = role === 'platform_admin' ? null : (request.body.structureId ?? actor.structureId);
      if (!canGrantRole(actor, role))
        throw new HttpError(403, 'forbidden', 'role: you cannot create this role');
      if (role !== 'platform_admin' && structureId === null) {
        throw new HttpError(
          400,
          'invalid_request',
          'structureId: required for professionals and structure admins',
        );
      }
      if (
        role !== 'platform_admin' &&
        (structureId === null || !canAdministerStructure(actor, structureId))
      ) {
        throw new HttpError(403, 'forbidden', 'structureId: you can only add people to your own structure');
      }
      if (structureId !== null && (await app.pro.profiles.structureName(structureId)) === undefined) {
        throw new HttpError(400, 'unknown_structure', 'structureId: no such structure in the directory');
      }
      const temporaryPassword = oneTimePassword();
      const now = app.pro.now();
      try {
        const user = await users.create(
          {
            email,
            displayName,
            role,
            structureId,
            passwordHash: await hashPassword(temporaryPassword),
            mustChangePassword: true,
          },
          now,
        );
        await auditAction(app.pro, actor, 'user.create', structureId, { type: 'user', id: user.id });
        return reply.code(201).send({ user: proUserOfRow(user), temporaryPassword });
      } catch (error) {
        if (error instanceof DuplicateEmailError)
          throw new HttpError(409, 'email_taken', `email: ${error.message}`);
        throw error;
      }
    },
  );

  app.patch(
    '/:id',
    {
      schema: {
        summary:
          'Rename, change the role of, deactivate or reactivate an account (deactivation signs it out)',
        tags: ['pro'],
        params: IdParamsSchema,
        body: UserUpdateSchema,
        response: { 200: ProUserSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const user = await manageableUser(actor, request.params.id);
      const { role, active, displayName } = request.body;
      if (
        role !== undefined &&
        (!canGrantRole(actor, role) || (role === 'platform_admin') !== (user.structure_id === null))
      ) {
        throw new HttpError(403, 'forbidden', 'role: you cannot give this role to this account');
      }
      if (user.id === actor.userId && (active === false || (role !== undefined && role !== actor.role))) {
        throw new HttpError(400, 'cannot_demote_self', 'You cannot deactivate or demote your own account.');
      }
      const now = app.pro.now();
      await users.update(
        user.id,
        {
          ...(displayName === undefined ? {} : { display_name: displayName }),
          ...(role === undefined ? {} : { role }),
          ...(active === undefined ? {} : { active: active ? 1 : 0 }),
        },
        now,
      );
      if (active === false) await sessions.deleteAllOfUser(user.id);
      await auditAction(app.pro, actor, 'user.update', user.structure_id, { type: 'user', id: user.id });
      return proUserOfRow((await users.findById(user.id)) ?? user);
    },
  );

  app.post(
    '/:id/password-reset',
    {
      schema: {
        summary:
          'Reset a password: a new one-time password (shown once); the account is signed out everywhere',
        tags: ['pro'],
        params: IdParamsSchema,
        response: { 200: OneTimePasswordSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const user = await manageableUser(actor, request.params.id);
      const temporaryPassword = oneTimePassword();
      const now = app.pro.now();
      await users.update(
        user.id,
        { password_hash: await hashPassword(temporaryPassword), must_change_password: 1 },
        now,
      );
      await sessions.deleteAllOfUser(user.id);
      await auditAction(app.pro, actor, 'user.password_reset', user.structure_id, {
        type: 'user',
        id: user.id,
      });
      return { user: proUserOfRow((await users.findById(user.id)) ?? user), temporaryPassword };
    },
  );
};

export default usersRoutes;
