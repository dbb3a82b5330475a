import {
  ApiErrorSchema,
  AuditPageSchema,
  ImpactReportSchema,
  ImpactTargetsSchema,
  InvitationSchema,
  OneTimePasswordSchema,
  ProSessionSchema,
  ProShareDetailSchema,
  ProShareListSchema,
  ProUserSchema,
  QueueSchema,
  RequestDetailSchema,
  StructureProfileSchema,
  TeamInvitationAcceptedSchema,
  TeamInvitationListSchema,
  TeamInvitationSchema,
  TotpSetupSchema,
  type ImpactTargets,
  type ProSession,
  type TeamInvitationCreate,
} from '@oz/contracts';
import { z, type ZodType } from 'zod';

/**
 * The workspace's client of /api/pro/* (packages/contracts/src/pro.ts, sharing.ts). The session lives in
 * an httpOnly cookie; every write carries the CSRF token from the session answer. Answers are validated
 * with the shared zod schemas, so a drift between server and workspace fails loudly, not silently.
 */

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
let onSignedOut: () => void = () => undefined;

/** Called when any answer says the session has ended (401), so the app shows the sign-in page. */
export function whenSignedOut(callback: () => void): void {
  onSignedOut = callback;
}

async function call<T>(method: Method, path: string, schema: ZodType<T> | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiFailure(0, 'network', 'The server cannot be reached.');
  }
  const text = await response.text();
  const json = parseJson(text);
  if (!response.ok) {
    const parsed = ApiErrorSchema.safeParse(json);
    const error = parsed.success
      ? parsed.data.error
      : { code: `http_${String(response.status)}`, message: text };
    if (response.status === 401 && error.code === 'not_signed_in') onSignedOut();
    throw new ApiFailure(response.status, error.code, error.message);
  }
  return schema === null ? (undefined as T) : schema.parse(json);
}

/** An answer that is not JSON (a proxy's HTML error page) is kept as text for the error message. */
function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function remember(session: ProSession): ProSession {
  csrfToken = session.csrfToken;
  return session;
}

const id = (value: string): string => encodeURIComponent(value);

export const api = {
  impact: (year: number, structureId?: string) =>
    call(
      'GET',
      `/api/pro/impact?year=${String(year)}${structureId === undefined ? '' : `&structureId=${id(structureId)}`}`,
      ImpactReportSchema,
    ),
  impactTargets: () => call('GET', '/api/pro/impact/targets', ImpactTargetsSchema),
  saveImpactTargets: (targets: ImpactTargets) =>
    call('PUT', '/api/pro/impact/targets', ImpactTargetsSchema, targets),
  session: async () => remember(await call('GET', '/api/pro/session', ProSessionSchema)),
  login: async (body: { email: string; password: string; totpCode?: string }) =>
    remember(await call('POST', '/api/pro/session', ProSessionSchema, body)),
  logout: async () => {
    await call('DELETE', '/api/pro/session', null);
    csrfToken = null;
  },
  changePassword: (currentPassword: string, newPassword: string) =>
    call('PUT', '/api/pro/me/password', ProUserSchema, { currentPassword, newPassword }),
  startTotp: () => call('POST', '/api/pro/me/totp', TotpSetupSchema),
  confirmTotp: (code: string) => call('POST', '/api/pro/me/totp/confirm', ProUserSchema, { code }),
  disableTotp: (password: string) => call('DELETE', '/api/pro/me/totp', ProUserSchema, { password }),

  queue: (query: URLSearchParams) => call('GET', `/api/pro/requests?${query.toString()}`, QueueSchema),
  request: (requestId: string) => call('GET', `/api/pro/requests/${id(requestId)}`, RequestDetailSchema),
  assign: (requestId: string, userId: string) =>
    call('POST', `/api/pro/requests/${id(requestId)}/assign`, RequestDetailSchema, { userId }),
  logAttempt: (requestId: string, body: { channel: string; outcome: string; comment?: string }) =>
    call('POST', `/api/pro/requests/${id(requestId)}/attempts`, RequestDetailSchema, body),
  changeStatus: (requestId: string, body: { status: string; comment?: string }) =>
    call('POST', `/api/pro/requests/${id(requestId)}/status`, RequestDetailSchema, body),
  addNote: (requestId: string, text: string) =>
    call('POST', `/api/pro/requests/${id(requestId)}/notes`, RequestDetailSchema, { text }),
  refer: (requestId: string, body: { structureId: string; comment?: string }) =>
    call('POST', `/api/pro/requests/${id(requestId)}/referral`, RequestDetailSchema, body),

  users: (structureId?: string) =>
    call(
      'GET',
      `/api/pro/users${structureId === undefined ? '' : `?structureId=${id(structureId)}`}`,
      z.object({ users: z.array(ProUserSchema) }),
    ),
  createUser: (body: { email: string; displayName: string; role: string; structureId?: string }) =>
    call('POST', '/api/pro/users', OneTimePasswordSchema, body),
  updateUser: (userId: string, body: { displayName?: string; role?: string; active?: boolean }) =>
    call('PATCH', `/api/pro/users/${id(userId)}`, ProUserSchema, body),
  resetPassword: (userId: string) =>
    call('POST', `/api/pro/users/${id(userId)}/password-reset`, OneTimePasswordSchema),

  /** The same answer whether or not the address has an account elsewhere (the server never says). */
  inviteMember: (body: TeamInvitationCreate) =>
    call('POST', '/api/pro/team-invitations', TeamInvitationSchema, body),
  teamInvitations: () => call('GET', '/api/pro/team-invitations', TeamInvitationListSchema),
  revokeTeamInvitation: (invitationId: string) =>
    call('DELETE', `/api/pro/team-invitations/${id(invitationId)}`, null),
  /** Public: the invitee has no session yet. */
  acceptTeamInvitation: (token: string, password: string) =>
    call('POST', '/api/pro/team-invitations/accept', TeamInvitationAcceptedSchema, { token, password }),

  structures: () =>
    call('GET', '/api/pro/structures', z.object({ structures: z.array(StructureProfileSchema) })),
  structure: (structureId: string) =>
    call('GET', `/api/pro/structures/${id(structureId)}`, StructureProfileSchema),
  updateStructure: (structureId: string, body: Record<string, unknown>) =>
    call('PUT', `/api/pro/structures/${id(structureId)}`, StructureProfileSchema, body),

  invite: (label?: string) =>
    call(
      'POST',
      '/api/pro/invitations',
      InvitationSchema,
      label === undefined || label === '' ? {} : { label },
    ),
  shares: () => call('GET', '/api/pro/shares', ProShareListSchema),
  share: (shareId: string) => call('GET', `/api/pro/shares/${id(shareId)}`, ProShareDetailSchema),
  /** A page of the audit log, newest first; `cursor` is the previous page's `nextCursor`. */
  audit: (cursor?: string) =>
    call('GET', `/api/pro/audit${cursor === undefined ? '' : `?cursor=${id(cursor)}`}`, AuditPageSchema),
};
