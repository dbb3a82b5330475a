// Team invitations (issue 9): a structure admin invites a colleague by e-mail instead of creating the account.
// The answer never says whether the address already has an account on Oz (addresses are unique across Oz):
// the invitee chooses their own password through the one-time link, or is told by e-mail that they already
// have an account. docs/adr/0007-team-invitations.md.
import { z } from 'zod';
import { IdSchema, singleLineText } from './common.js';
import { PasswordSchema, ProRoleSchema } from './pro.js';

/** Days an invitation link stays valid. */
export const TEAM_INVITATION_VALID_DAYS = 7;

export const TeamInvitationCreateSchema = z.object({
  email: z.email().max(254),
  displayName: singleLineText(100).min(1),
  role: ProRoleSchema,
  /** Platform admins: the structure (required unless the role is platform_admin); others: their own. */
  structureId: IdSchema.optional(),
});
export type TeamInvitationCreate = z.infer<typeof TeamInvitationCreateSchema>;

/** The same shape whether or not the address already has an account: the admin never learns which. */
export const TeamInvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: ProRoleSchema,
  expiresAt: z.iso.datetime(),
  status: z.literal('pending'),
});
export type TeamInvitation = z.infer<typeof TeamInvitationSchema>;

export const TeamInvitationListSchema = z.object({ invitations: z.array(TeamInvitationSchema) });
export type TeamInvitationList = z.infer<typeof TeamInvitationListSchema>;

export const TeamInvitationQuerySchema = z.object({
  /** Platform admins: one structure's invitations, or `platform` for invitations to the platform team. */
  structureId: IdSchema.optional(),
});

/** The token comes from the link's fragment (`/pro/invitation#<token>`): 256 random bits, base64url. */
export const TeamInvitationAcceptSchema = z.object({
  token: z.string().min(1).max(200),
  password: PasswordSchema,
});
export type TeamInvitationAccept = z.infer<typeof TeamInvitationAcceptSchema>;

/** After acceptance: the address to sign in with. */
export const TeamInvitationAcceptedSchema = z.object({ email: z.string() });
