// Failed sign-ins per e-mail address (existing or not, so a lockout reveals nothing), with a temporary
// lockout after too many. Stored in the database: every process sees the same count.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface ThrottlePolicy {
  maxFailures: number;
  lockoutMinutes: number;
}

export class LoginThrottlesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The end of the current lockout, if the address is locked at `now`. */
  async lockedUntil(email: string, now: Date): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('login_throttles')
      .select('locked_until')
      .where('email', '=', email)
      .executeTakeFirst();
    if (row?.locked_until === null || row?.locked_until === undefined) return undefined;
    return row.locked_until > now.toISOString() ? new Date(row.locked_until) : undefined;
  }

  /** Counts a failure atomically; the `maxFailures`-th one locks the address and restarts the count. */
  async recordFailure(email: string, now: Date, policy: ThrottlePolicy): Promise<void> {
    const nowIso = now.toISOString();
    const lockUntil = new Date(now.getTime() + policy.lockoutMinutes * 60_000).toISOString();
    const row = await this.db
      .insertInto('login_throttles')
      .values({ email, failures: 1, locked_until: null, updated_at: nowIso })
      .onConflict((conflict) =>
        conflict
          .column('email')
          .doUpdateSet({ failures: sql<number>`login_throttles.failures + 1`, updated_at: nowIso }),
      )
      .returning('failures')
      .executeTakeFirstOrThrow();
    if (Number(row.failures) >= policy.maxFailures) {
      await this.db
        .updateTable('login_throttles')
        .set({ failures: 0, locked_until: lockUntil })
        .where('email', '=', email)
        .execute();
    }
  }

  async clear(email: string): Promise<void> {
    await this.db.deleteFrom('login_throttles').where('email', '=', email).execute();
  }
}
