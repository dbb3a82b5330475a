// The audit log of the professionals' workspace (GET /api/pro/audit): who viewed or changed whose data, who was
// refused, which sign-ins failed — identifiers and codes only, never the data. The action list is closed: the
// server can only write these, and the workspace can name each one.
import { z } from 'zod';
import { IdSchema, queryInteger } from './common.js';

export const AUDIT_ACTIONS = [
  // Sign-in and session
  'session.login',
  'session.login_failed',
  'session.login_locked',
  'session.logout',
  // Refused attempts of a signed-in professional (another structure's data, a role too low, a bad CSRF token)
  'access.denied',
  // Contact requests
  'queue.view',
  'request.view',
  'request.create',
  'request.withdraw',
  'request.assign',
  'request.contact_attempt',
  'request.status_change',
  'request.note',
  'request.refer',
  'request.referred_in',
  'request.purge',
  // Links with people and what they share
  'invitation.create',
  'share.link',
  'share.update',
  'share.revoke',
  'shares.list',
  'share.view',
  'share.end',
  // Accounts
  'user.create',
  'user.update',
  'user.password_reset',
  'user.password_change',
  'user.totp_enable',
  'user.totp_disable',
  // Team invitations (an e-mail with a one-time link, or a notice to an address that already has an account)
  'team_invitation.create',
  'team_invitation.accept',
  'team_invitation.revoke',
  // Structures on Oz
  'structure.join',
  'structure.update',
  // The impact dashboard (issue 12): aggregated counts only, but who changed the targets is kept
  'impact.targets_update',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/** Who acted: a professional's role, the person (no account), the server itself, or nobody known. */
export const AUDIT_ACTOR_ROLES = [
  'professional',
  'structure_admin',
  'platform_admin',
  'person',
  'system',
  'anonymous',
] as const;
export const AuditActorRoleSchema = z.enum(AUDIT_ACTOR_ROLES);
export type AuditActorRole = z.infer<typeof AuditActorRoleSchema>;

export const AUDIT_SUBJECT_TYPES = [
  'contact_request',
  'queue',
  'share',
  'invitation',
  'user',
  'structure',
  'audit_log',
  'impact',
] as const;
export const AuditSubjectTypeSchema = z.enum(AUDIT_SUBJECT_TYPES);
export type AuditSubjectType = z.infer<typeof AuditSubjectTypeSchema>;

/** Why a sign-in failed or an access was refused. */
export const AUDIT_DETAILS = [
  'wrong_password',
  'unknown_account',
  'inactive_account',
  'wrong_totp',
  'locked',
  'other_structure',
  'role',
  'csrf_token',
] as const;
export const AuditDetailSchema = z.enum(AUDIT_DETAILS);
export type AuditDetail = z.infer<typeof AuditDetailSchema>;

/** Opaque position in the log: the id of the last entry of the previous page. */
export const AuditCursorSchema = z
  .string()
  .regex(/^\d{19}-[0-9a-f-]{36}$/, 'expected the nextCursor of a previous page');

export const AuditQuerySchema = z.object({
  /** Platform admins: one structure, or `platform` for entries without a structure. */
  structureId: IdSchema.optional(),
  subjectId: IdSchema.optional(),
  action: AuditActionSchema.optional(),
  /** Only entries before this instant. */
  before: z.iso.datetime().optional(),
  /** The `nextCursor` of the previous page: entries strictly older than it. */
  cursor: AuditCursorSchema.optional(),
  limit: queryInteger(1, 500).default(100),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  actorId: z.string().nullable(),
  actorRole: AuditActorRoleSchema.nullable(),
  action: AuditActionSchema,
  structureId: z.string().nullable(),
  subjectType: AuditSubjectTypeSchema,
  subjectId: z.string().nullable(),
  detail: AuditDetailSchema.nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditPageSchema = z.object({
  entries: z.array(AuditEntrySchema),
  /** Pass as `cursor` to get the next (older) page; null on the last page. */
  nextCursor: AuditCursorSchema.nullable(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;
