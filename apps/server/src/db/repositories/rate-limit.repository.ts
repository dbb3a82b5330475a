// Fixed-window request counters shared by every server process (one row per client key and window).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface WindowCount {
  hits: number;
  /** Epoch milliseconds when the window ends. */
  resetAt: number;
}

/** How long expired rows are kept before a purge removes them. */
const EXPIRED_ROW_GRACE_MS = 60 * 60 * 1000;

export class RateLimitRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Counts one hit atomically: a new window starts when the previous one has ended. */
  async hit(key: string, windowMs: number, nowMs: number): Promise<WindowCount> {
    const expired = sql<boolean>`rate_limit_counters.reset_at <= ${nowMs}`;
    const row = await this.db
      .insertInto('rate_limit_counters')
      .values({ key, hits: 1, reset_at: nowMs + windowMs })
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet({
          hits: sql<number>`case when ${expired} then 1 else rate_limit_counters.hits + 1 end`,
          reset_at: sql<number>`case when ${expired} then ${nowMs + windowMs} else rate_limit_counters.reset_at end`,
        }),
      )
      .returning(['hits', 'reset_at'])
      .executeTakeFirstOrThrow();
    return { hits: Number(row.hits), resetAt: Number(row.reset_at) };
  }

  async purgeExpired(nowMs: number): Promise<number> {
    const result = await this.db
      .deleteFrom('rate_limit_counters')
      .where('reset_at', '<', nowMs - EXPIRED_ROW_GRACE_MS)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
