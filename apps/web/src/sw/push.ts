// Reminders in the service worker: a push from the Oz server carries no text and no data (only "reminder" or
// "test"); the worker shows the text the person chose, read from this device, and a click opens the app.
import {
  REMINDER_NOTIFICATION_TAG,
  TEST_NOTIFICATION_TAG,
  type ReminderPushKind,
} from '../features/reminders/model.js';
import { remindersEn } from '../i18n/en/reminders.js';
import { remindersFr } from '../i18n/fr/reminders.js';
import { readReminderContext, type ReadOutcome } from './reminder-store.js';

export interface NotificationToShow {
  readonly title: string;
  readonly options: NotificationOptions & { readonly data: { readonly url: string } };
}

/** The server's payload (@oz/contracts ReminderPushPayloadSchema); anything else is treated as a reminder. */
export function pushKindOf(text: string | null): ReminderPushKind {
  if (text === null) return 'reminder';
  try {
    const payload: unknown = JSON.parse(text);
    if (typeof payload === 'object' && payload !== null && 'kind' in payload && payload.kind === 'test') {
      return 'test';
    }
  } catch {
    // Not JSON: still a reminder from our server (pushes are signed with Oz's VAPID key).
  }
  return 'reminder';
}

/** What to show for a push: the person's text (preset or own) in their language, or the default text. */
export function notificationFor(kind: ReminderPushKind, outcome: ReadOutcome): NotificationToShow {
  const context = outcome.kind === 'read' ? outcome.context : null;
  const messages = context?.locale === 'en' ? remindersEn : remindersFr;
  const message = context?.reminder?.message;
  const body =
    message === undefined
      ? messages['reminders.preset.journal']
      : message.kind === 'custom'
        ? message.text
        : messages[`reminders.preset.${message.preset}`];
  return {
    title: messages['reminders.notificationTitle'],
    options: {
      body,
      lang: context?.locale ?? 'fr',
      icon: '/icons/icon-192.png',
      // One reminder on screen at a time: a repeated delivery (at-least-once after a server crash) replaces
      // the first silently instead of alerting twice. A test gets its own tag, so it always alerts.
      tag: kind === 'test' ? TEST_NOTIFICATION_TAG : REMINDER_NOTIFICATION_TAG,
      data: { url: '/' },
    },
  };
}

/**
 * A reminder push reached a device that no longer has a reminder saved (everything was erased while offline,
 * say): unsubscribe, so the push service answers 410 next time and the server deletes the subscription.
 */
async function forgetOrphanSubscription(
  scope: ServiceWorkerGlobalScope,
  outcome: ReadOutcome,
): Promise<void> {
  if (outcome.kind !== 'read' || outcome.context.reminder !== null) return;
  const subscription = await scope.registration.pushManager.getSubscription();
  await subscription?.unsubscribe();
}

/** Focuses an open Oz window (never navigating it: a half-typed form stays as it is), or opens the app. */
export async function openApp(scope: ServiceWorkerGlobalScope, path: string): Promise<void> {
  const url = new URL(path, scope.location.origin).href;
  const windows = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === scope.location.origin);
  if (open !== undefined) {
    await open.focus();
    return;
  }
  await scope.clients.openWindow(url);
}

export function registerPushHandlers(scope: ServiceWorkerGlobalScope): void {
  scope.addEventListener('push', (event) => {
    const kind = pushKindOf(event.data?.text() ?? null);
    event.waitUntil(
      (async () => {
        const outcome = await readReminderContext(scope.indexedDB);
        const { title, options } = notificationFor(kind, outcome);
        // Always show something: browsers require a visible notification for every push (userVisibleOnly).
        await scope.registration.showNotification(title, options);
        if (kind === 'reminder') await forgetOrphanSubscription(scope, outcome);
      })(),
    );
  });
  scope.addEventListener('notificationclick', (event) => {
    event.notification.close();
    const data: unknown = event.notification.data;
    const path =
      typeof data === 'object' && data !== null && 'url' in data && typeof data.url === 'string'
        ? data.url
        : '/';
    event.waitUntil(openApp(scope, path));
  });
}
