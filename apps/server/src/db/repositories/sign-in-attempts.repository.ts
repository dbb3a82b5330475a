// Sign-in attempts per e-mail address (existing or not, so a lockout reveals nothing), counted atomically BEFORE
// the password is checked: however many attempts arrive in parallel, at most `maxAttempts` of them per window
// get a password check. Stored in the database: every process sees the same count.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface AttemptPolicy {
  maxAttempts: number;
  windowMinutes: number;
}

export interface AttemptDecision {
  /** Whether this attempt may be checked (at most `maxAttempts` per window). */
  allowed: boolean;
  /** Its rank in the window (1 for the first). */
  attempt: number;
  windowEndsAt: Date;
}

export class SignInAttemptsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Counts one attempt in the address's current window (a new window starts when the previous one has ended)
   * and says whether it may be checked. One upsert: two concurrent attempts can never read the same count.
   */
  async register(email: string, now: Date, policy: AttemptPolicy): Promise<AttemptDecision> {
    const nowIso = now.toISOString();
    const windowEnd = new Date(now.getTime() + policy.windowMinutes * 60_000).toISOString();
    const ended = sql<boolean>`sign_in_attempts.window_ends_at <= ${nowIso}`;
    const row = await this.db
      .insertInto('sign_in_attempts')
      .values({ email, attempts: 1, window_ends_at: windowEnd })
      .onConflict((conflict) =>
        conflict.column('email').doUpdateSet({
          attempts: sql<number>`case when ${ended} then 1 else sign_in_attempts.attempts + 1 end`,
          window_ends_at: sql<string>`case when ${ended} then ${windowEnd} else sign_in_attempts.window_ends_at end`,
        }),
      )
      .returning(['attempts', 'window_ends_at'])
      .executeTakeFirstOrThrow();
    const attempt = Number(row.attempts);
    return { allowed: attempt <= policy.maxAttempts, attempt, windowEndsAt: new Date(row.window_ends_at) };
  }

  /** A successful sign-in starts afresh. */
  async clear(email: string): Promise<void> {
    await this.db.deleteFrom('sign_in_attempts').where('email', '=', email).execute();
  }

  /** Drops ended windows (the retention job): the table only holds addresses tried recently. */
  async purgeEnded(now: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('sign_in_attempts')
      .where('window_ends_at', '<=', now.toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
