// Scheduled jobs (36 h alerts, retention purge, e-mail delivery): every OZ_JOBS_INTERVAL_MS this process asks the
// database for due jobs and runs those it manages to claim. The timer holds no state: stopping or adding
// processes never loses work (docs/architecture.md). Tests run `app.jobs.runDue(now)` with a fake clock.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import fp from 'fastify-plugin';
import { contactAlertJob, mailDeliveryJob, retentionPurgeJob } from '../../jobs/contact-jobs.js';
import { JobRunner } from '../../jobs/runner.js';

declare module 'fastify' {
  interface FastifyInstance {
    jobs: JobRunner;
  }
}

export default fp(
  async (app) => {
    const { repositories: reads, transact } = app.store;
    const config = app.proConfig;
    const runner = new JobRunner(
      reads.jobs,
      [
        contactAlertJob({ reads, transact, publicUrl: app.publicUrl }),
        retentionPurgeJob({
          reads,
          transact,
          retentionDays: config.OZ_RETENTION_DAYS,
          sessionIdleMinutes: config.OZ_SESSION_IDLE_MINUTES,
        }),
        mailDeliveryJob({ outbox: reads.outbox, mailer: app.mailer, log: app.log }),
      ],
      `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    );
    app.decorate('jobs', runner);
    const interval = config.OZ_JOBS_INTERVAL_MS;
    if (interval === 0) return;
    let running: Promise<void> | undefined;
    const tick = (): void => {
      if (running !== undefined) return;
      running = runner
        .runDue(app.ozOptions.now())
        .then((reports) => {
          for (const report of reports) {
            if (report.failed)
              app.log.error({ job: report.name, outcome: report.outcome }, 'scheduled job failed');
            else app.log.debug({ job: report.name, outcome: report.outcome }, 'scheduled job ran');
          }
        })
        .catch((error: unknown) => app.log.error({ err: error }, 'scheduled jobs could not run'))
        .finally(() => {
          running = undefined;
        });
    };
    const timer = setInterval(tick, interval);
    timer.unref();
    // Let a run in progress finish before the database closes (graceful shutdown).
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await running;
    });
  },
  { name: 'oz-jobs', dependencies: ['oz-pro', 'oz-mailer'] },
);
