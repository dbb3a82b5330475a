// Workspace sessions, stored in the database so every server process shares them. The row key is the SHA-256
// of the session id: the cookie value itself is never stored.
import type { Kysely } from 'kysely';
import { sha256 } from '../../pro/tokens.js';
import type { Database } from '../schema.js';

export interface SessionRecord {
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  absoluteExpiresAt: Date;
}

export class SessionsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(sessionId: string, userId: string, now: Date, absoluteExpiresAt: Date): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id_hash: sha256(sessionId),
        user_id: userId,
        created_at: now.toISOString(),
        last_seen_at: now.toISOString(),
        absolute_expires_at: absoluteExpiresAt.toISOString(),
      })
      .execute();
  }

  async find(sessionId: string): Promise<SessionRecord | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('id_hash', '=', sha256(sessionId))
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return {
      userId: row.user_id,
      createdAt: new Date(row.created_at),
      lastSeenAt: new Date(row.last_seen_at),
      absoluteExpiresAt: new Date(row.absolute_expires_at),
    };
  }

  async touch(sessionId: string, now: Date): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('id_hash', '=', sha256(sessionId))
      .execute();
  }

  async delete(sessionId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', sha256(sessionId)).execute();
  }

  /** Signs a user out everywhere (password reset, deactivation). */
  async deleteAllOfUser(userId: string, exceptSessionId?: string): Promise<void> {
    let query = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (exceptSessionId !== undefined) query = query.where('id_hash', '!=', sha256(exceptSessionId));
    await query.execute();
  }

  /** Removes sessions past their absolute expiry (idle ones are refused at use and purged here later). */
  async purgeExpired(now: Date, idleCutoff: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('sessions')
      .where((eb) =>
        eb.or([
          eb('absolute_expires_at', '<=', now.toISOString()),
          eb('last_seen_at', '<=', idleCutoff.toISOString()),
        ]),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
