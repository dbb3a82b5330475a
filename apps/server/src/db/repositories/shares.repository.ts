// Invitations (short codes, only their hash stored) and the shares they open. A share's data is exactly what the
// person last uploaded; revoking deletes the row.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { sha256 } from '../../pro/tokens.js';
import type { Database } from '../schema.js';
import type { ShareInvitationsTable, SharesTable } from '../schema-pro.js';

export type InvitationRow = Selectable<ShareInvitationsTable>;
export type ShareRow = Selectable<SharesTable>;

export interface NewInvitation {
  code: string;
  structureId: string;
  createdBy: string;
  label: string | null;
  expiresAt: Date;
}

/** JSON of each shared part, null when not shared. */
export interface StoredShareData {
  diaryWeeks: string | null;
  diaryDays: string | null;
  screenings: string | null;
}

export class SharesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async createInvitation(invitation: NewInvitation, now: Date): Promise<InvitationRow> {
    const row: InvitationRow = {
      id: randomUUID(),
      code_hash: sha256(invitation.code),
      structure_id: invitation.structureId,
      created_by: invitation.createdBy,
      label: invitation.label,
      created_at: now.toISOString(),
      expires_at: invitation.expiresAt.toISOString(),
      redeemed_at: null,
    };
    await this.db.insertInto('share_invitations').values(row).execute();
    return row;
  }

  /**
   * Redeems a valid code once: marks the invitation used and opens the share in one transaction. Undefined when
   * the code is unknown, expired or already used.
   */
  async redeem(code: string, tokenHash: string, now: Date): Promise<ShareRow | undefined> {
    return this.db.transaction().execute(async (transaction) => {
      const nowIso = now.toISOString();
      const invitation = await transaction
        .selectFrom('share_invitations')
        .selectAll()
        .where('code_hash', '=', sha256(code))
        .where('redeemed_at', 'is', null)
        .where('expires_at', '>', nowIso)
        .executeTakeFirst();
      if (invitation === undefined) return undefined;
      const claimed = await transaction
        .updateTable('share_invitations')
        .set({ redeemed_at: nowIso })
        .where('id', '=', invitation.id)
        .where('redeemed_at', 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return undefined;
      const share: ShareRow = {
        id: randomUUID(),
        structure_id: invitation.structure_id,
        invited_by: invitation.created_by,
        label: invitation.label,
        token_hash: tokenHash,
        created_at: nowIso,
        updated_at: null,
        diary_weeks: null,
        diary_days: null,
        screenings: null,
      };
      await transaction.insertInto('shares').values(share).execute();
      return share;
    });
  }

  async findShare(id: string): Promise<ShareRow | undefined> {
    return this.db.selectFrom('shares').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async listShares(structureId: string | undefined): Promise<ShareRow[]> {
    let query = this.db.selectFrom('shares').selectAll().orderBy('created_at', 'desc').orderBy('id');
    if (structureId !== undefined) query = query.where('structure_id', '=', structureId);
    return query.execute();
  }

  async replaceData(id: string, data: StoredShareData, now: Date): Promise<void> {
    await this.db
      .updateTable('shares')
      .set({
        diary_weeks: data.diaryWeeks,
        diary_days: data.diaryDays,
        screenings: data.screenings,
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
  }

  async deleteShare(id: string): Promise<void> {
    await this.db.deleteFrom('shares').where('id', '=', id).execute();
  }

  /** Drops expired, unused invitations (they are useless and their count only grows). */
  async purgeExpiredInvitations(now: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('share_invitations')
      .where('expires_at', '<=', now.toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
