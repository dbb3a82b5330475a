// The workspace session as seen by a route: `request.proAuth` is set by routes/api/pro/autohooks.ts.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NotSignedInError } from '../errors.js';
import type { Actor } from './access.js';
import type { SignedIn } from './auth-service.js';

export const SESSION_COOKIE = 'oz_pro_session';
/** The cookie is only sent to the workspace API. */
export const SESSION_COOKIE_PATH = '/api/pro';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** No session needed (sign-in). */
    proPublic?: boolean;
    /** Allowed while the account must change its password (after an admin reset). */
    proDuringPasswordChange?: boolean;
  }
  interface FastifyRequest {
    proAuth: SignedIn | null;
  }
}

export function signedInOf(request: FastifyRequest): SignedIn {
  if (request.proAuth === null)
    throw new NotSignedInError('not_signed_in', 'Sign in to the workspace first.');
  return request.proAuth;
}

export function actorOf(request: FastifyRequest): Actor {
  const { user } = signedInOf(request);
  return { userId: user.id, role: user.role, structureId: user.structureId };
}

export function setSessionCookie(
  reply: FastifyReply,
  sessionId: string,
  expires: Date,
  secure: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, sessionId, {
    path: SESSION_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure,
    expires,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: SESSION_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure,
  });
}

/** The token of an `Authorization: Bearer <token>` header (already validated by BearerHeadersSchema). */
export function bearerTokenOf(authorization: string): string {
  return authorization.slice('Bearer '.length);
}
