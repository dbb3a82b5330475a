// A fuzzing target with something to find: two structures' accounts signed in, a contact request, a share,
// and a valid body for each route with one (so mutations reach the code behind validation).
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Caller, FuzzContext } from './requests.js';

export interface Session {
  cookie: string;
  csrfToken: string;
}

export function validBodies(structureId: string, userId: string): Record<string, Record<string, unknown>> {
  return {
    'POST /api/contact-requests': {
      subject: 'self',
      firstName: 'Camille',
      phone: '06 12 34 56 78',
      email: 'camille@example.org',
      preferredSlots: ['morning'],
      postalCode: '75011',
      message: 'Bonjour',
      consentToShare: true,
      attachment: {
        diaryWeeks: [
          {
            weekStart: '2026-02-23',
            standardDrinks: 12,
            drinkingDays: 4,
            heaviestDayStandardDrinks: 5,
            daysLogged: 7,
          },
        ],
      },
    },
    'POST /api/shares': { code: 'ABCD2345' },
    'PUT /api/shares/{id}/data': { diaryDays: [{ date: '2026-03-01', standardDrinks: 2 }] },
    'POST /api/pro/session': { email: 'pro.a@oz.test', password: 'wrong password here' },
    'PUT /api/pro/me/password': { currentPassword: 'x', newPassword: 'a long new password' },
    'POST /api/pro/me/totp/confirm': { code: '123456' },
    'DELETE /api/pro/me/totp': { password: 'x' },
    'POST /api/pro/requests/{id}/assign': { userId },
    'POST /api/pro/requests/{id}/attempts': { channel: 'phone', outcome: 'no_answer', comment: 'ok' },
    'POST /api/pro/requests/{id}/status': { status: 'contacted', comment: 'ok' },
    'POST /api/pro/requests/{id}/notes': { text: 'Rappeler lundi' },
    'POST /api/pro/requests/{id}/referral': { structureId, comment: 'ok' },
    'PUT /api/pro/structures/{id}': { waitTimeDays: 3, openingHours: 'Lun 9h', acceptingNewPeople: true },
    'POST /api/pro/users': { email: `${randomUUID()}@oz.test`, displayName: 'New', role: 'professional' },
    'PATCH /api/pro/users/{id}': { displayName: 'Renamed' },
    'POST /api/pro/invitations': { label: 'AB' },
    'POST /api/pro/team-invitations': {
      email: `${randomUUID()}@oz.test`,
      displayName: 'Invited',
      role: 'professional',
      structureId,
    },
    'POST /api/pro/team-invitations/accept': { token: 'x'.repeat(43), password: 'a long new password' },
  };
}

/** Sends `request` as its caller (session cookie and CSRF token for the workspace). */
export function headersFor(
  caller: Caller,
  sessions: Readonly<Record<Exclude<Caller, 'anonymous'>, Session>>,
  headers: Record<string, string>,
): Record<string, string> {
  if (caller === 'anonymous') return headers;
  const session = sessions[caller];
  return { ...headers, cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}

/** The ids and tokens that exist in the app, for path parameters and bearer tokens. */
export async function contextOf(
  app: FastifyInstance,
  ids: { structureIds: readonly string[]; userIds: readonly string[] },
): Promise<FuzzContext> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/contact-requests',
    headers: { 'idempotency-key': randomUUID() },
    payload: { subject: 'self', firstName: 'Fuzz', phone: '0612345678', postalCode: '75011' },
  });
  const request = created.json<{ id: string; trackingToken: string }>();
  return {
    ids: [request.id, ...ids.structureIds, ...ids.userIds],
    bearerTokens: [request.trackingToken],
    validBodies: validBodies(ids.structureIds[0] ?? 'x', ids.userIds[0] ?? 'x'),
  };
}
