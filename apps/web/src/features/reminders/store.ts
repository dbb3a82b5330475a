// The reminder kept on this device (IndexedDB store `reminders`, see model.ts): its schedule, its text, the
// server link — and the one-time offer. The text never leaves the device.
import { db } from '../../storage/db.js';
import { notifyChange } from '../../storage/notify.js';
import type { LocalReminder, ReminderOffer } from './model.js';

export async function getLocalReminder(): Promise<LocalReminder | null> {
  const record = await (await db()).get('reminders', 'current');
  return record?.key === 'current' ? record : null;
}

export async function saveLocalReminder(reminder: LocalReminder): Promise<void> {
  await (await db()).put('reminders', reminder);
  notifyChange();
}

export async function forgetLocalReminder(): Promise<void> {
  await (await db()).delete('reminders', 'current');
  notifyChange();
}

export async function getReminderOffer(): Promise<ReminderOffer | null> {
  const record = await (await db()).get('reminders', 'offer');
  return record?.key === 'offer' ? record : null;
}

/** Notes the first day of use once (later calls keep the first). */
export async function noteFirstUse(day: string): Promise<ReminderOffer> {
  const database = await db();
  const transaction = database.transaction('reminders', 'readwrite');
  const existing = await transaction.store.get('offer');
  if (existing?.key === 'offer') {
    await transaction.done;
    return existing;
  }
  const offer: ReminderOffer = { key: 'offer', firstUseOn: day, answeredAt: null };
  await transaction.store.put(offer);
  await transaction.done;
  return offer;
}

export async function answerReminderOffer(at: Date): Promise<void> {
  const database = await db();
  const offer = await database.get('reminders', 'offer');
  if (offer?.key !== 'offer') return;
  await database.put('reminders', { ...offer, answeredAt: at.toISOString() });
  notifyChange();
}
