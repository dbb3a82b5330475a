// What the buttons of « Rappels » do: the browser's push subscription, the server call, then this device's copy
// — in that order, so the device never shows reminders as on when the server does not have them. Each action
// answers the message to show.
import type { PushSubscriptionData, ReminderSubscribe } from '@oz/contracts';
import type { MessageKey } from '../../i18n/fr.js';
import type { ApiResult } from './api.js';
import {
  deleteReminders,
  fetchPublicKey,
  subscribeReminders,
  testReminders,
  updateReminders,
} from './api.js';
import type { LocalReminder, LocalReminderSchedule, ReminderMessage } from './model.js';
import { forgetLocalReminder, saveLocalReminder } from './store.js';

export interface ReminderChoice {
  readonly schedule: LocalReminderSchedule;
  readonly message: ReminderMessage;
}

export interface ActionOutcome {
  readonly ok: boolean;
  readonly message: MessageKey;
}

const failure = (message: MessageKey): ActionOutcome => ({ ok: false, message });

function apiFailure(result: Exclude<ApiResult<unknown>, { kind: 'ok' }>): ActionOutcome {
  switch (result.kind) {
    case 'offline':
      return failure('reminders.offline');
    case 'tooMany':
      return failure('reminders.rateLimited');
    case 'gone':
      return failure('reminders.gone');
    case 'failed':
      return failure('reminders.failed');
  }
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function sameKey(subscription: PushSubscription, key: Uint8Array): boolean {
  const current = subscription.options.applicationServerKey;
  if (current === null) return false;
  const bytes = new Uint8Array(current);
  return bytes.length === key.length && bytes.every((byte, index) => byte === key[index]);
}

function subscriptionData(subscription: PushSubscription): PushSubscriptionData | null {
  const json = subscription.toJSON();
  const { p256dh, auth } = json.keys ?? {};
  if (json.endpoint === undefined || p256dh === undefined || auth === undefined) return null;
  return { endpoint: json.endpoint, keys: { p256dh, auth } };
}

/** This browser's push subscription for Oz's key, asking permission first (only ever after a tap). */
async function browserSubscription(): Promise<PushSubscriptionData | ActionOutcome> {
  const key = await fetchPublicKey();
  if (key.kind !== 'ok') return apiFailure(key);
  const permission = await Notification.requestPermission();
  if (permission === 'denied') return failure('reminders.permissionDenied');
  if (permission !== 'granted') return failure('reminders.permissionDismissed');
  try {
    const registration = await navigator.serviceWorker.ready;
    const applicationServerKey = keyBytes(key.value.publicKey);
    let subscription = await registration.pushManager.getSubscription();
    if (subscription !== null && !sameKey(subscription, applicationServerKey)) {
      await subscription.unsubscribe();
      subscription = null;
    }
    subscription ??= await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey,
    });
    return subscriptionData(subscription) ?? failure('reminders.subscribeFailed');
  } catch {
    return failure('reminders.subscribeFailed');
  }
}

const isOutcome = (value: PushSubscriptionData | ActionOutcome): value is ActionOutcome => 'ok' in value;

function requestOf(
  subscription: PushSubscriptionData,
  choice: ReminderChoice,
  paused: boolean,
): ReminderSubscribe {
  return { subscription, schedule: { ...choice.schedule, weekdays: [...choice.schedule.weekdays] }, paused };
}

export async function enableReminders(choice: ReminderChoice, now: Date): Promise<ActionOutcome> {
  const subscription = await browserSubscription();
  if (isOutcome(subscription)) return subscription;
  const result = await subscribeReminders(requestOf(subscription, choice, false));
  if (result.kind !== 'ok') return apiFailure(result);
  await saveLocalReminder({
    key: 'current',
    ...choice,
    paused: false,
    server: { id: result.value.id, token: result.value.token, endpoint: subscription.endpoint },
    updatedAt: now.toISOString(),
  });
  return { ok: true, message: 'reminders.enabled' };
}

/** Saves a new schedule, text or pause state. Only the schedule and the pause reach the server. */
export async function changeReminders(
  current: LocalReminder,
  choice: ReminderChoice,
  paused: boolean,
  now: Date,
): Promise<ActionOutcome> {
  const message: MessageKey =
    paused === current.paused ? 'reminders.saved' : paused ? 'reminders.pausedDone' : 'reminders.resumed';
  const serverSide =
    paused !== current.paused || JSON.stringify(choice.schedule) !== JSON.stringify(current.schedule);
  if (serverSide) {
    const subscription = await browserSubscription();
    if (isOutcome(subscription)) return subscription;
    const result = await updateReminders(
      current.server.id,
      current.server.token,
      requestOf(subscription, choice, paused),
    );
    if (result.kind === 'gone') await forgetLocalReminder();
    if (result.kind !== 'ok') return apiFailure(result);
    await saveLocalReminder({
      ...current,
      ...choice,
      paused,
      server: { ...current.server, endpoint: subscription.endpoint },
      updatedAt: now.toISOString(),
    });
    return { ok: true, message };
  }
  await saveLocalReminder({ ...current, ...choice, paused, updatedAt: now.toISOString() });
  return { ok: true, message };
}

/** Stops reminders: the server deletes the subscription, then this browser unsubscribes and forgets it. */
export async function stopReminders(current: LocalReminder): Promise<ActionOutcome> {
  const result = await deleteReminders(current.server.id, current.server.token);
  if (result.kind !== 'ok' && result.kind !== 'gone') return apiFailure(result);
  try {
    const registration = await navigator.serviceWorker.ready;
    await (await registration.pushManager.getSubscription())?.unsubscribe();
  } catch {
    // The server has forgotten it already: a push sent to this subscription can no longer come from Oz.
  }
  await forgetLocalReminder();
  return { ok: true, message: 'reminders.stopped' };
}

export async function sendTestReminder(current: LocalReminder): Promise<ActionOutcome> {
  const result = await testReminders(current.server.id, current.server.token);
  if (result.kind === 'gone') await forgetLocalReminder();
  if (result.kind !== 'ok') return apiFailure(result);
  return result.value.sent ? { ok: true, message: 'reminders.testSent' } : failure('reminders.failed');
}
