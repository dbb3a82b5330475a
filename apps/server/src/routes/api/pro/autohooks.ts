// Guards every /api/pro route: a live database session (cookie), the CSRF token on every write, and the
// forced password change after an admin reset. Routes opt out with `config.proPublic` (sign-in only).
// Cookies are parsed and set here only: the workspace session is the one cookie Oz uses, and the public API
// (directory, places, contact requests) is spared cookie hooks on every request. No signing secret: the session
// id is 256 random bits looked up by hash in the database, so a forged value is simply unknown.
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../../../http-errors.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../../../pro/request-auth.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export default async function proAutohooks(app: FastifyInstance): Promise<void> {
  await app.register(cookie);
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    if (config.proPublic === true) return;
    const sessionId = request.cookies[SESSION_COOKIE];
    const signedIn =
      sessionId === undefined ? undefined : await app.pro.auth.resolve(sessionId, app.pro.now());
    if (signedIn === undefined)
      throw new HttpError(401, 'not_signed_in', 'Your session has ended: sign in again.');
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      const token = typeof header === 'string' ? header : undefined;
      if (!app.pro.auth.isValidCsrfToken(signedIn.sessionId, token)) {
        throw new HttpError(
          403,
          'csrf_token_invalid',
          `Missing or wrong ${CSRF_HEADER} header: reload the workspace.`,
        );
      }
    }
    if (signedIn.user.must_change_password === 1 && config.proDuringPasswordChange !== true) {
      throw new HttpError(403, 'password_change_required', 'Choose a new password before going on.');
    }
    request.proAuth = signedIn;
  });
}
