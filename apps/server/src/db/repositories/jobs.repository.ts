// Scheduled jobs shared by every server process. A process runs a job only after claiming it: a conditional
// update that succeeds for exactly one process while the lease (`locked_until`) holds. A crashed run simply
// lets the lease expire; the next claim retries it.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export class JobsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Registers a job, due now, unless it exists. */
  async ensure(name: string, now: Date): Promise<void> {
    await this.db
      .insertInto('scheduled_jobs')
      .values({
        name,
        next_run_at: now.toISOString(),
        locked_until: null,
        locked_by: null,
        last_run_at: null,
        last_outcome: null,
      })
      .onConflict((conflict) => conflict.column('name').doNothing())
      .execute();
  }

  /** True if this worker now holds the job until `now + leaseMs` (it was due and not held by anyone). */
  async claim(name: string, worker: string, now: Date, leaseMs: number): Promise<boolean> {
    const nowIso = now.toISOString();
    const result = await this.db
      .updateTable('scheduled_jobs')
      .set({ locked_until: new Date(now.getTime() + leaseMs).toISOString(), locked_by: worker })
      .where('name', '=', name)
      .where('next_run_at', '<=', nowIso)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Releases the job and schedules its next run (only if this worker still holds it). */
  async complete(name: string, worker: string, now: Date, nextRunAt: Date, outcome: string): Promise<void> {
    await this.db
      .updateTable('scheduled_jobs')
      .set({
        locked_until: null,
        locked_by: null,
        last_run_at: now.toISOString(),
        next_run_at: nextRunAt.toISOString(),
        last_outcome: outcome.slice(0, 200),
      })
      .where('name', '=', name)
      .where('locked_by', '=', worker)
      .execute();
  }
}
