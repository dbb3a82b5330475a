// /api/pro/me — the signed-in professional's own account: password change and the optional TOTP second factor.
import {
  ApiErrorSchema,
  PasswordChangeSchema,
  ProUserSchema,
  TotpConfirmSchema,
  TotpDisableSchema,
  TotpSetupSchema,
} from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { proUserOfRow } from '../../../../db/repositories/users.repository.js';
import { HttpError } from '../../../../http-errors.js';
import { hashPassword, verifyPassword } from '../../../../pro/password.js';
import { signedInOf } from '../../../../pro/request-auth.js';
import { matchTotp, newTotpSecret, otpauthUri } from '../../../../pro/totp.js';

const errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema };

const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users, sessions, audit } = app.pro;

  app.put(
    '/password',
    {
      config: { proDuringPasswordChange: true },
      schema: {
        summary: 'Change one’s password (required after an admin reset); other sessions are signed out',
        tags: ['pro'],
        body: PasswordChangeSchema,
        response: { 200: ProUserSchema, ...errors },
      },
    },
    async (request) => {
      const { user, sessionId } = signedInOf(request);
      if (!(await verifyPassword(user.password_hash, request.body.currentPassword))) {
        throw new HttpError(403, 'wrong_password', 'The current password is wrong.');
      }
      const now = app.pro.now();
      await users.update(
        user.id,
        { password_hash: await hashPassword(request.body.newPassword), must_change_password: 0 },
        now,
      );
      await sessions.deleteAllOfUser(user.id, sessionId);
      await audit.record(
        {
          actorId: user.id,
          actorRole: user.role,
          action: 'user.password_change',
          structureId: user.structure_id,
          subjectType: 'user',
          subjectId: user.id,
        },
        now,
      );
      return proUserOfRow((await users.findById(user.id)) ?? user);
    },
  );

  app.post(
    '/totp',
    {
      schema: {
        summary: 'Start enabling TOTP: a new secret to scan (active only once confirmed with a code)',
        tags: ['pro'],
        response: { 200: TotpSetupSchema, ...errors },
      },
    },
    async (request) => {
      const { user } = signedInOf(request);
      const secret = newTotpSecret();
      await users.setTotp(user.id, { totp_pending_secret: secret }, app.pro.now());
      return { secret, otpauthUri: otpauthUri(secret, user.email) };
    },
  );

  app.post(
    '/totp/confirm',
    {
      schema: {
        summary: 'Confirm TOTP with a code from the app: from now on sign-in asks for it',
        tags: ['pro'],
        body: TotpConfirmSchema,
        response: { 200: ProUserSchema, ...errors },
      },
    },
    async (request) => {
      const { user } = signedInOf(request);
      const now = app.pro.now();
      const pending = user.totp_pending_secret;
      const step = pending === null ? undefined : matchTotp(pending, request.body.code, now);
      if (pending === null || step === undefined) {
        throw new HttpError(400, 'invalid_totp', 'code: wrong code, or no TOTP setup in progress');
      }
      await users.setTotp(
        user.id,
        { totp_secret: pending, totp_pending_secret: null, totp_last_step: step },
        now,
      );
      await audit.record(
        {
          actorId: user.id,
          actorRole: user.role,
          action: 'user.totp_enable',
          structureId: user.structure_id,
          subjectType: 'user',
          subjectId: user.id,
        },
        now,
      );
      return proUserOfRow((await users.findById(user.id)) ?? user);
    },
  );

  app.delete(
    '/totp',
    {
      schema: {
        summary: 'Disable TOTP (password required)',
        tags: ['pro'],
        body: TotpDisableSchema,
        response: { 200: ProUserSchema, ...errors },
      },
    },
    async (request) => {
      const { user } = signedInOf(request);
      if (!(await verifyPassword(user.password_hash, request.body.password))) {
        throw new HttpError(403, 'wrong_password', 'The password is wrong.');
      }
      const now = app.pro.now();
      await users.setTotp(
        user.id,
        { totp_secret: null, totp_pending_secret: null, totp_last_step: null },
        now,
      );
      await audit.record(
        {
          actorId: user.id,
          actorRole: user.role,
          action: 'user.totp_disable',
          structureId: user.structure_id,
          subjectType: 'user',
          subjectId: user.id,
        },
        now,
      );
      return proUserOfRow((await users.findById(user.id)) ?? user);
    },
  );
};

export default meRoutes;
