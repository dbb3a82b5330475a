// Sends the reminders that are due. Any number of server processes may run `runDue` at once: each batch of due
// rows is claimed in the database (RemindersRepository.claimDue), so a reminder is sent by one process only.
// For each claimed reminder, core decides: on time (≤ 30 min late) → sent; later → skipped (after an outage,
// never a burst). Then `next_due_at` moves to the next one. A process that dies between the send and that
// update leaves the row claimed until the lease ends; it is then claimed again and, if still on time, sent
// again — the service worker shows every reminder under one notification tag, so a repeat replaces the first
// instead of alerting twice (docs/architecture.md, "Reminders").
import { REMINDER_LATE_TOLERANCE_MS, settleDueReminder } from '@oz/core';
import type { ReminderRecord, RemindersRepository } from '../db/repositories/reminders.repository.js';
import type { PushSender } from './push-sender.js';

export interface SchedulerLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

export interface ReminderRunReport {
  sent: number;
  skipped: number;
  gone: number;
  failed: number;
}

/** Longer than a batch of sends can take (web-push times out each at 15 s; batches are small). */
export const REMINDER_LEASE_MS = 2 * 60_000;
/** A failed send is tried again after this, while the reminder is still on time. */
export const REMINDER_RETRY_MS = 60_000;
const BATCH_SIZE = 25;
/** A bound on one run, so a huge backlog never keeps the shutdown waiting: the next tick continues. */
const MAX_BATCHES_PER_RUN = 40;

export class ReminderScheduler {
  constructor(
    private readonly repository: RemindersRepository,
    private readonly sender: PushSender,
    private readonly worker: string,
    private readonly log: SchedulerLogger,
  ) {}

  async runDue(now: Date): Promise<ReminderRunReport> {
    const report: ReminderRunReport = { sent: 0, skipped: 0, gone: 0, failed: 0 };
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch += 1) {
      const claimed = await this.repository.claimDue(now, this.worker, BATCH_SIZE, REMINDER_LEASE_MS);
      if (claimed.length === 0) break;
      for (const reminder of claimed) await this.settle(reminder, now, report);
      if (claimed.length < BATCH_SIZE) break;
    }
    return report;
  }

  private async settle(reminder: ReminderRecord, now: Date, report: ReminderRunReport): Promise<void> {
    const dueAt = Date.parse(reminder.nextDueAt ?? now.toISOString());
    const decision = settleDueReminder(reminder.schedule, dueAt, now.getTime(), REMINDER_LATE_TOLERANCE_MS);
    const next = new Date(decision.nextDueAt).toISOString();
    if (!decision.send) {
      report.skipped += 1;
      await this.repository.complete(reminder.id, this.worker, next, now);
      return;
    }
    const outcome = await this.sender.send(reminder.target, { kind: 'reminder' });
    switch (outcome.kind) {
      case 'sent':
        report.sent += 1;
        await this.repository.complete(reminder.id, this.worker, next, now);
        return;
      case 'gone':
        report.gone += 1;
        await this.repository.delete(reminder.id);
        return;
      case 'failed':
        report.failed += 1;
        // Ids and codes only: an endpoint identifies a browser.
        this.log.warn({ subscription: reminder.id, code: outcome.code }, 'reminder push failed, will retry');
        await this.repository.retryAt(reminder.id, this.worker, new Date(now.getTime() + REMINDER_RETRY_MS));
    }
  }
}
