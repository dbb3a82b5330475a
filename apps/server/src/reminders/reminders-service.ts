// The person's reminders on the server, without an account: subscribing answers an id and a bearer token (only
// its SHA-256 is stored), which alone can change, pause, test or delete the subscription. Stopping deletes
// the row. An unknown id and a wrong token look the same (404).
import { randomUUID } from 'node:crypto';
import { nextReminderAt, validateReminderSchedule } from '@oz/core';
import type { ReminderLink, ReminderStatus, ReminderSubscribe } from '@oz/contracts';
import type { ReminderRecord } from '../db/repositories/reminders.repository.js';
import type { Repositories } from '../db/store.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { randomToken, sameSecret, sha256 } from '../pro/tokens.js';
import type { PushEndpointPolicy } from './push-endpoints.js';
import type { PushSender } from './push-sender.js';

export interface RemindersServiceDeps {
  reads: Pick<Repositories, 'reminders'>;
  now: () => Date;
  sender: PushSender;
  endpoints: PushEndpointPolicy;
}

const notFound = (): NotFoundError =>
  new NotFoundError('reminder_not_found', 'No such reminder subscription');

export type TestPushResult = { readonly sent: true } | { readonly sent: false; readonly reason: string };

export class RemindersService {
  constructor(private readonly deps: RemindersServiceDeps) {}

  private checked(input: ReminderSubscribe) {
    if (!this.deps.endpoints.allows(input.subscription.endpoint)) {
      throw new InvalidInputError(
        'push_endpoint_not_allowed',
        'subscription.endpoint: not the push service of a supported browser',
      );
    }
    const schedule = validateReminderSchedule(input.schedule);
    const now = this.deps.now();
    return {
      target: { endpoint: input.subscription.endpoint, ...input.subscription.keys },
      schedule,
      paused: input.paused,
      nextDueAt: input.paused ? null : new Date(nextReminderAt(schedule, now.getTime())).toISOString(),
      now,
    };
  }

  private async withToken(id: string, token: string): Promise<ReminderRecord> {
    const record = await this.deps.reads.reminders.findById(id);
    if (record === undefined || !sameSecret(record.tokenHash, sha256(token))) throw notFound();
    return record;
  }

  async subscribe(input: ReminderSubscribe): Promise<ReminderLink> {
    const { now, ...reminder } = this.checked(input);
    const id = randomUUID();
    const token = randomToken(32);
    await this.deps.reads.reminders.replaceByEndpoint({ id, tokenHash: sha256(token), ...reminder }, now);
    return { id, token, paused: reminder.paused, nextDueAt: reminder.nextDueAt };
  }

  async update(id: string, token: string, input: ReminderSubscribe): Promise<ReminderStatus> {
    await this.withToken(id, token);
    const { now, ...reminder } = this.checked(input);
    // Another row with this endpoint (the browser re-subscribed elsewhere) makes the update fail: remove it first.
    const other = await this.deps.reads.reminders.findByEndpoint(reminder.target.endpoint);
    if (other !== undefined && other.id !== id) await this.deps.reads.reminders.delete(other.id);
    if (!(await this.deps.reads.reminders.update(id, reminder, now))) throw notFound();
    return { id, paused: reminder.paused, nextDueAt: reminder.nextDueAt };
  }

  async unsubscribe(id: string, token: string): Promise<void> {
    await this.withToken(id, token);
    await this.deps.reads.reminders.delete(id);
  }

  /** Sends a test push now; a subscription the push service says is gone is deleted (404 to the caller). */
  async sendTest(id: string, token: string): Promise<TestPushResult> {
    const record = await this.withToken(id, token);
    const outcome = await this.deps.sender.send(record.target, { kind: 'test' });
    if (outcome.kind === 'gone') {
      await this.deps.reads.reminders.delete(id);
      throw new NotFoundError('reminder_gone', 'The browser no longer accepts these notifications');
    }
    return outcome.kind === 'sent' ? { sent: true } : { sent: false, reason: outcome.code };
  }
}
