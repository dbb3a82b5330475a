// /api/pro/session — sign in (POST), current session and CSRF token (GET), sign out (DELETE).
import { ApiErrorSchema, LoginSchema, ProSessionSchema } from '@oz/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie, setSessionCookie, signedInOf } from '../../../../pro/request-auth.js';
import { rateLimitFor } from '../../../../rate-limits.js';

const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const secureCookie = app.config.OZ_HTTPS || app.proConfig.NODE_ENV === 'production';

  app.post(
    '/',
    {
      config: { proPublic: true, rateLimit: rateLimitFor(app.config, 'login') },
      schema: {
        summary: 'Sign in with e-mail, password and (when enabled) the authenticator code',
        description:
          'Sets the httpOnly session cookie. 401 `invalid_credentials`, `totp_required` or `invalid_totp`; 429 `account_locked` after repeated failures.',
        tags: ['pro'],
        body: LoginSchema,
        response: { 200: ProSessionSchema, 400: ApiErrorSchema, 401: ApiErrorSchema, 429: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      const signedIn = await app.auth.login(request.body);
      setSessionCookie(reply, signedIn.sessionId, signedIn.session.absoluteExpiresAt, secureCookie);
      return app.auth.view(signedIn);
    },
  );

  app.get(
    '/',
    {
      config: { proDuringPasswordChange: true },
      schema: {
        summary: 'The signed-in user, the CSRF token for writes and the session expiry',
        tags: ['pro'],
        response: { 200: ProSessionSchema, 401: ApiErrorSchema },
      },
    },
    async (request) => app.auth.view(signedInOf(request)),
  );

  app.delete(
    '/',
    {
      config: { proDuringPasswordChange: true },
      schema: {
        summary: 'Sign out: the session is deleted from the database',
        tags: ['pro'],
        response: { 204: z.null(), 401: ApiErrorSchema, 403: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      await app.auth.logout(signedInOf(request));
      clearSessionCookie(reply, secureCookie);
      return reply.code(204).send(null);
    },
  );
};

export default sessionRoutes;
