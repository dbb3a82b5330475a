// Invitations to join a structure's team (issue 9). The table keeps the SHA-256 of the link's token, never the
// token; an invitation is pending until accepted, revoked (deleted) or past `expires_at`. Addresses are
// normalised like users' e-mails so an invitation and an account compare equal.
import { randomUUID } from 'node:crypto';
import { ProRoleSchema } from '@oz/contracts';
import type { ProRole } from '@oz/contracts';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { TeamInvitationsTable } from '../schema-pro.js';
import { normaliseEmail } from './users.repository.js';

export interface TeamInvitationRecord {
  id: string;
  /** Null for an invitation to the platform team. */
  structureId: string | null;
  email: string;
  displayName: string;
  role: ProRole;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

export interface NewTeamInvitation {
  structureId: string | null;
  email: string;
  displayName: string;
  role: ProRole;
  tokenHash: string;
  invitedBy: string;
  expiresAt: Date;
}

function recordOf(row: Selectable<TeamInvitationsTable>): TeamInvitationRecord {
  return {
    id: row.id,
    structureId: row.structure_id,
    email: row.email,
    displayName: row.display_name,
    role: ProRoleSchema.parse(row.role),
    invitedBy: row.invited_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
  };
}

export class TeamInvitationsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(invitation: NewTeamInvitation, now: Date): Promise<TeamInvitationRecord> {
    const row = {
      id: randomUUID(),
      structure_id: invitation.structureId,
      email: normaliseEmail(invitation.email),
      display_name: invitation.displayName,
      role: invitation.role,
      token_hash: invitation.tokenHash,
      invited_by: invitation.invitedBy,
      created_at: now.toISOString(),
      expires_at: invitation.expiresAt.toISOString(),
      accepted_at: null,
    };
    await this.db.insertInto('team_invitations').values(row).execute();
    return recordOf(row);
  }

  async findById(id: string): Promise<TeamInvitationRecord | undefined> {
    const row = await this.db
      .selectFrom('team_invitations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : recordOf(row);
  }

  /** The invitation a token opens, whatever its state (the caller decides whether it is still valid). */
  async findByTokenHash(tokenHash: string): Promise<TeamInvitationRecord | undefined> {
    const row = await this.db
      .selectFrom('team_invitations')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row === undefined ? undefined : recordOf(row);
  }

  /**
   * Pending invitations (not accepted, not expired), newest first: of one structure, of the platform team
   * (`null`), or of every structure (`undefined`, platform admins).
   */
  async listPending(structureId: string | null | undefined, now: Date): Promise<TeamInvitationRecord[]> {
    let query = this.db
      .selectFrom('team_invitations')
      .selectAll()
      .where('accepted_at', 'is', null)
      .where('expires_at', '>', now.toISOString());
    if (structureId === null) query = query.where('structure_id', 'is', null);
    else if (structureId !== undefined) query = query.where('structure_id', '=', structureId);
    const rows = await query.orderBy('created_at', 'desc').orderBy('id').execute();
    return rows.map(recordOf);
  }

  /** Marks a pending invitation accepted; false if it was accepted meanwhile or has expired (a link works once). */
  async markAccepted(id: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('team_invitations')
      .set({ accepted_at: now.toISOString() })
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Revokes an invitation: its link stops working. Answers whether it existed. */
  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('team_invitations').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** Forgets invitations that ended (expired or accepted) before `before` (the retention job). */
  async purgeEndedBefore(before: Date): Promise<number> {
    const cutoff = before.toISOString();
    const result = await this.db
      .deleteFrom('team_invitations')
      .where((eb) => eb.or([eb('expires_at', '<', cutoff), eb('accepted_at', '<', cutoff)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
