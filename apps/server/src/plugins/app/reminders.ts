// Reminders by Web Push: the VAPID keys (from the database, created at first start), the service the routes
// use, and the scheduler. Every OZ_REMINDERS_INTERVAL_MS this process claims due reminders in the database and
// sends them, like the jobs timer (jobs.ts): the timer holds no state, so stopping or adding processes never
// loses or doubles a reminder. Tests call `app.reminderScheduler.runDue(now)` with a fake clock.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { REMINDER_LATE_TOLERANCE_MS } from '@oz/core';
import fp from 'fastify-plugin';
import { ServerSecretsRepository } from '../../db/repositories/server-secrets.repository.js';
import { PushEndpointPolicy } from '../../reminders/push-endpoints.js';
import { WebPushSender } from '../../reminders/push-sender.js';
import { loadReminderConfig, vapidSubjectFor } from '../../reminders/reminder-config.js';
import { ReminderScheduler } from '../../reminders/reminder-scheduler.js';
import { RemindersService } from '../../reminders/reminders-service.js';
import { loadVapidKeys } from '../../reminders/vapid-keys.js';
import type { VapidKeys } from '../../reminders/vapid-keys.js';

declare module 'fastify' {
  interface FastifyInstance {
    vapidKeys: VapidKeys;
    reminders: RemindersService;
    reminderScheduler: ReminderScheduler;
  }
}

export default fp(
  async (app) => {
    const config = loadReminderConfig();
    const now = app.ozOptions.now;
    const keys = await loadVapidKeys(new ServerSecretsRepository(app.database.db), now());
    const sender = new WebPushSender({
      keys,
      subject: vapidSubjectFor(config, app.publicUrl),
      // A reminder the push service could not deliver within the tolerance is dropped there too.
      ttlSeconds: REMINDER_LATE_TOLERANCE_MS / 1000,
    });
    const reads = app.store.repositories;
    const worker = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    const scheduler = new ReminderScheduler(reads.reminders, sender, worker, app.log);
    app.decorate('vapidKeys', keys);
    app.decorate(
      'reminders',
      new RemindersService({
        reads,
        now,
        sender,
        endpoints: new PushEndpointPolicy(config.OZ_PUSH_EXTRA_HOSTS),
      }),
    );
    app.decorate('reminderScheduler', scheduler);
    const interval = config.OZ_REMINDERS_INTERVAL_MS;
    if (interval === 0) return;
    let running: Promise<void> | undefined;
    const tick = (): void => {
      if (running !== undefined) return;
      running = scheduler
        .runDue(now())
        .then((report) => {
          if (report.sent + report.skipped + report.gone + report.failed > 0)
            app.log.info({ reminders: report }, 'reminders run');
        })
        .catch((error: unknown) => app.log.error({ err: error }, 'reminders could not run'))
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
  { name: 'oz-reminders', dependencies: ['oz-pro', 'oz-database'] },
);
