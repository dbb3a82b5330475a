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
import { signedInOf } from '../../../../pro/request-auth.js';

const errors = { 400: ApiErrorSchema, 401: ApiErrorSchema, 403: ApiErrorSchema };

const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const account = app.account;

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
      return account.changePassword(user, sessionId, request.body.currentPassword, request.body.newPassword);
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
    async (request) => account.startTotp(signedInOf(request).user),
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
    async (request) => account.confirmTotp(signedInOf(request).user, request.body.code),
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
    async (request) => account.disableTotp(signedInOf(request).user, request.body.password),
  );
};

export default meRoutes;
