// Sends one push with web-push (VAPID + aes128gcm). The payload is `{"kind":"reminder"}` or `{"kind":"test"}`:
// the text the person sees is on their device only. Outcomes say what the scheduler must do — a 404/410 means
// the browser dropped the subscription (it is deleted); anything else is a failure to try again later.
import type { Agent } from 'node:https';
import type { ReminderPushPayload } from '@oz/contracts';
import webpush from 'web-push';
import type { PushTarget } from '../db/repositories/reminders.repository.js';
import type { VapidKeys } from './vapid-keys.js';

export type PushOutcome =
  | { readonly kind: 'sent' }
  | { readonly kind: 'gone'; readonly status: number }
  | { readonly kind: 'failed'; readonly code: string };

export interface PushSender {
  send(target: PushTarget, payload: ReminderPushPayload): Promise<PushOutcome>;
}

export interface WebPushSenderOptions {
  keys: VapidKeys;
  /** `mailto:` or `https:` contact for push services (VAPID `sub`). */
  subject: string;
  /** Seconds a push service keeps an undelivered reminder (a phone switched off): past it, it is dropped. */
  ttlSeconds: number;
  timeoutMs?: number;
  /** Tests only: an agent trusting a local push endpoint's certificate. */
  agent?: Agent;
}

const GONE_STATUSES = new Set([404, 410]);

export class WebPushSender implements PushSender {
  constructor(private readonly options: WebPushSenderOptions) {}

  async send(target: PushTarget, payload: ReminderPushPayload): Promise<PushOutcome> {
    const { keys, subject, ttlSeconds, timeoutMs = 15_000, agent } = this.options;
    try {
      await webpush.sendNotification(
        { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
        JSON.stringify(payload),
        {
          vapidDetails: { subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
          TTL: ttlSeconds,
          urgency: 'normal',
          // One undelivered reminder per subscription at a time: a newer one replaces it at the push service.
          topic: payload.kind,
          timeout: timeoutMs,
          ...(agent === undefined ? {} : { agent }),
        },
      );
      return { kind: 'sent' };
    } catch (error) {
      if (error instanceof webpush.WebPushError) {
        return GONE_STATUSES.has(error.statusCode)
          ? { kind: 'gone', status: error.statusCode }
          : { kind: 'failed', code: `http_${String(error.statusCode)}` };
      }
      const code =
        error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'error';
      return { kind: 'failed', code };
    }
  }
}
