// Invitations (short codes, only their hash stored) and the shares they open. A share's data is exactly what the
// person last uploaded, validated again when read; revoking deletes the row.
import { randomUUID } from 'node:crypto';
import { DiaryDayTotalSchema, DiaryWeekSummarySchema, SharedScreeningSchema } from '@oz/contracts';
import type { SharedData } from '@oz/contracts';
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { sha256 } from '../../pro/tokens.js';
import type { Database } from '../schema.js';
import type { SharesTable } from '../schema-pro.js';
import { inTransaction } from '../transaction.js';

export interface NewInvitation {
  code: string;
  structureId: string;
  createdBy: string;
  label: string | null;
  expiresAt: Date;
}

export interface InvitationRecord {
  id: string;
  structureId: string;
  label: string | null;
  expiresAt: string;
}

export interface ShareRecord {
  id: string;
  structureId: string;
  invitedBy: string;
  label: string | null;
  tokenHash: string;
  createdAt: string;
  updatedAt: string | null;
  /** What the person shares; a part absent here is not shared. */
  data: SharedData;
}

const DiaryWeeksSchema = z.array(DiaryWeekSummarySchema);
const DiaryDaysSchema = z.array(DiaryDayTotalSchema);
const ScreeningsSchema = z.array(SharedScreeningSchema);

function shareOfRow(row: Selectable<SharesTable>): ShareRecord {
  return {
    id: row.id,
    structureId: row.structure_id,
    invitedBy: row.invited_by,
    label: row.label,
    tokenHash: row.token_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    data: {
      ...(row.diary_weeks === null
        ? {}
        : { diaryWeeks: DiaryWeeksSchema.parse(JSON.parse(row.diary_weeks)) }),
      ...(row.diary_days === null ? {} : { diaryDays: DiaryDaysSchema.parse(JSON.parse(row.diary_days)) }),
      ...(row.screenings === null ? {} : { screenings: ScreeningsSchema.parse(JSON.parse(row.screenings)) }),
    },
  };
}

const jsonOrNull = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

export class SharesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async createInvitation(invitation: NewInvitation, now: Date): Promise<InvitationRecord> {
    const id = randomUUID();
    await this.db
      .insertInto('share_invitations')
      .values({
        id,
        code_hash: sha256(invitation.code),
        structure_id: invitation.structureId,
        created_by: invitation.createdBy,
        label: invitation.label,
        created_at: now.toISOString(),
        expires_at: invitation.expiresAt.toISOString(),
        redeemed_at: null,
      })
      .execute();
    return {
      id,
      structureId: invitation.structureId,
      label: invitation.label,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /**
   * Redeems a valid code once: marks the invitation used and opens the share in one transaction. Undefined when
   * the code is unknown, expired or already used.
   */
  async redeem(code: string, tokenHash: string, now: Date): Promise<ShareRecord | undefined> {
    return inTransaction(this.db, async (transaction) => {
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
      const row: Selectable<SharesTable> = {
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
      await transaction.insertInto('shares').values(row).execute();
      return shareOfRow(row);
    });
  }

  async findShare(id: string): Promise<ShareRecord | undefined> {
    const row = await this.db.selectFrom('shares').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : shareOfRow(row);
  }

  async listShares(structureId: string | undefined): Promise<ShareRecord[]> {
    let query = this.db.selectFrom('shares').selectAll().orderBy('created_at', 'desc').orderBy('id');
    if (structureId !== undefined) query = query.where('structure_id', '=', structureId);
    return (await query.execute()).map(shareOfRow);
  }

  /** Replaces the shared data: parts absent from `data` are no longer shared. */
  async replaceData(id: string, data: SharedData, now: Date): Promise<void> {
    await this.db
      .updateTable('shares')
      .set({
        diary_weeks: jsonOrNull(data.diaryWeeks),
        diary_days: jsonOrNull(data.diaryDays),
        screenings: jsonOrNull(data.screenings),
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
  }

  async deleteShare(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('shares').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
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
