// Runs the scheduled jobs that are due. Any number of server processes may call `runDue` at the same time: each
// job is claimed in the database with a lease (JobsRepository.claim), so exactly one process runs it, and a
// process that dies mid-run only delays the job until its lease expires. Nothing that matters lives in memory.
import type { JobsRepository } from '../db/repositories/jobs.repository.js';

export interface ScheduledJob {
  name: string;
  intervalMs: number;
  /** Does the work; answers a short summary with counts only (it is stored and logged). */
  run(now: Date): Promise<string>;
}

export interface JobReport {
  name: string;
  outcome: string;
  failed: boolean;
}

/** Longer than any run should take; a run still going past it may be repeated by another process (idempotent jobs). */
const LEASE_MS = 5 * 60_000;

export class JobRunner {
  constructor(
    private readonly repository: JobsRepository,
    private readonly jobs: readonly ScheduledJob[],
    private readonly worker: string,
  ) {}

  async runDue(now: Date): Promise<JobReport[]> {
    const reports: JobReport[] = [];
    for (const job of this.jobs) {
      await this.repository.ensure(job.name, now);
      if (!(await this.repository.claim(job.name, this.worker, now, LEASE_MS))) continue;
      const next = new Date(now.getTime() + job.intervalMs);
      try {
        const outcome = await job.run(now);
        await this.repository.complete(job.name, this.worker, now, next, outcome);
        reports.push({ name: job.name, outcome, failed: false });
      } catch (error) {
        const outcome = `failed: ${error instanceof Error ? error.name : 'error'}`;
        await this.repository.complete(job.name, this.worker, now, next, outcome);
        reports.push({ name: job.name, outcome, failed: true });
      }
    }
    return reports;
  }
}
