import { notifyChange } from './changes.js';
import { db } from './db.js';
import type { BadgeView, WellbeingRecord } from './wellbeingTypes.js';

/*
 * Reads and writes of the quality-of-life assessments and of the badges already seen. Like repositories.ts,
 * every write calls notifyChange() so the screens showing them update at once. Nothing here leaves the device.
 */

/** Oldest first (by day, then instant): the order of the evolution chart. */
export async function allWellbeingAssessments(): Promise<WellbeingRecord[]> {
  const all = await (await db()).getAll('wellbeing');
  return all.sort((a, b) => a.date.localeCompare(b.date) || a.takenAt.localeCompare(b.takenAt));
}

export async function saveWellbeingAssessment(assessment: WellbeingRecord): Promise<void> {
  await (await db()).put('wellbeing', assessment);
  notifyChange();
}

export async function deleteWellbeingAssessment(id: string): Promise<void> {
  await (await db()).delete('wellbeing', id);
  notifyChange();
}

export async function allBadgeViews(): Promise<BadgeView[]> {
  return (await db()).getAll('badgeViews');
}

/** Marks badges as seen (the "new badge" notice is not shown again); already seen ones keep their day. */
export async function markBadgesSeen(ids: readonly string[], seenAt: string): Promise<void> {
  if (ids.length === 0) return;
  const database = await db();
  const tx = database.transaction('badgeViews', 'readwrite');
  const seen = new Set(await tx.store.getAllKeys());
  await Promise.all(ids.filter((id) => !seen.has(id)).map((id) => tx.store.put({ id, seenAt })));
  await tx.done;
  notifyChange();
}

/** The day until which the diary home keeps the quality-of-life proposal quiet (« Plus tard »). */
export async function wellbeingPromptPostponedUntil(): Promise<string | undefined> {
  const stored = await (await db()).get('settings', 'wellbeingPrompt');
  return stored?.key === 'wellbeingPrompt' ? stored.value.postponedUntil : undefined;
}

export async function postponeWellbeingPrompt(until: string): Promise<void> {
  await (await db()).put('settings', { key: 'wellbeingPrompt', value: { postponedUntil: until } });
  notifyChange();
}
