import { EMPTY_MOTIVATION, type MotivationState } from '@oz/core';
import { notifyChange } from './changes.js';
import { db } from './db.js';
import type { CopingPlan, CravingRecord, MotivationRecord, RulerReading } from './supportTypes.js';
import type { IsoDate } from './types.js';

/*
 * Reads and writes of the support tools (cravings, plans, motivations, rulers). Like repositories.ts, every
 * write calls notifyChange() so the screens showing them update at once. Nothing here leaves the device.
 */

const MOTIVATION_KEY = 'current';

/** Newest first. */
export async function allCravings(): Promise<CravingRecord[]> {
  const all = await (await db()).getAll('cravings');
  return all.sort((a, b) => b.date.localeCompare(a.date) || b.time.localeCompare(a.time));
}

export async function cravingsBetween(from: IsoDate, to: IsoDate): Promise<CravingRecord[]> {
  return (await db()).getAllFromIndex('cravings', 'by-date', IDBKeyRange.bound(from, to));
}

export async function saveCraving(craving: CravingRecord): Promise<void> {
  await (await db()).put('cravings', craving);
  notifyChange();
}

export async function deleteCraving(id: string): Promise<void> {
  await (await db()).delete('cravings', id);
  notifyChange();
}

/** Oldest first (the order the person wrote them). */
export async function allPlans(): Promise<CopingPlan[]> {
  const all = await (await db()).getAll('plans');
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function savePlan(plan: CopingPlan): Promise<void> {
  await (await db()).put('plans', plan);
  notifyChange();
}

export async function deletePlan(id: string): Promise<void> {
  await (await db()).delete('plans', id);
  notifyChange();
}

/** What the person said about their motivations; empty lists when nothing was said yet. */
export async function getMotivation(): Promise<
  Omit<MotivationState, 'updatedAt'> & { updatedAt: string | null }
> {
  const stored = await (await db()).get('motivation', MOTIVATION_KEY);
  if (stored === undefined) return { ...EMPTY_MOTIVATION, updatedAt: null };
  const { key: _key, ...state } = stored;
  return state;
}

export async function saveMotivation(state: MotivationState): Promise<void> {
  const record: MotivationRecord = { ...state, key: MOTIVATION_KEY };
  await (await db()).put('motivation', record);
  notifyChange();
}

/** Oldest first. */
export async function allRulerReadings(): Promise<RulerReading[]> {
  const all = await (await db()).getAll('rulers');
  return all.sort((a, b) => a.takenAt.localeCompare(b.takenAt));
}

export async function saveRulerReading(reading: RulerReading): Promise<void> {
  await (await db()).put('rulers', reading);
  notifyChange();
}
