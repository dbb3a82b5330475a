// Guards every /api/pro route: a live database session (cookie), the CSRF token on every write (a wrong one is
// audited), and the forced password change after an admin reset. Routes opt out with `config.proPublic`
// (sign-in only). Cookies are parsed and set here only: the workspace session is the one cookie Oz uses, and the
// public API (directory, places, contact requests) is spared cookie hooks on every request. No signing secret:
// the session id is 256 random bits looked up by hash in the database, so a forged value is simply unknown.
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { ForbiddenError, NotSignedInError } from '../../../errors.js';
import { AccessRefusals } from '../../../pro/access.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../../../pro/request-auth.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export default async function proAutohooks(app: FastifyInstance): Promise<void> {
  // Once per context: autohooks cascade into the sub-folders' contexts, which inherit the parent's decorators.
  if (!app.hasRequestDecorator('cookies')) await app.register(cookie);
  const refusals = new AccessRefusals(app.store.repositories.audit, app.ozOptions.now);
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    if (config.proPublic === true) return;
    const sessionId = request.cookies[SESSION_COOKIE];
    const signedIn = sessionId === undefined ? undefined : await app.auth.resolve(sessionId);
    if (signedIn === undefined)
      throw new NotSignedInError('not_signed_in', 'Your session has ended: sign in again.');
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      const token = typeof header === 'string' ? header : undefined;
      if (!app.auth.isValidCsrfToken(signedIn.sessionId, token)) {
        const { user } = signedIn;
        await refusals.refuse(
          { userId: user.id, role: user.role, structureId: user.structureId },
          { type: 'user', id: user.id },
          'csrf_token',
        );
        throw new ForbiddenError(
          'csrf_token_invalid',
          `Missing or wrong ${CSRF_HEADER} header: reload the workspace.`,
        );
      }
    }
    if (signedIn.user.mustChangePassword && config.proDuringPasswordChange !== true) {
      throw new ForbiddenError('password_change_required', 'Choose a new password before going on.');
    }
    request.proAuth = signedIn;
  });
}
