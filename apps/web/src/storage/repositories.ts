import { db } from './db.js';
import { notifyChange } from './notify.js';
import type {
  CustomDrinkRecord,
  DayLog,
  DrinkEntryRecord,
  GoalRecord,
  IsoDate,
  Preferences,
  ScreeningRecord,
} from './types.js';
import { DEFAULT_PREFERENCES } from './types.js';
import { ALL_STORES } from './schema.js';

/** Entries whose day is in [from, to] inclusive, oldest first. */
export async function entriesBetween(from: IsoDate, to: IsoDate): Promise<DrinkEntryRecord[]> {
  const all = await (await db()).getAllFromIndex('entries', 'by-date', IDBKeyRange.bound(from, to));
  return all.sort(byDayThenTime);
}

export async function allEntries(): Promise<DrinkEntryRecord[]> {
  return (await (await db()).getAll('entries')).sort(byDayThenTime);
}

export async function getEntry(id: string): Promise<DrinkEntryRecord | undefined> {
  return (await db()).get('entries', id);
}

export async function saveEntry(entry: DrinkEntryRecord): Promise<void> {
  const database = await db();
  const tx = database.transaction(['entries', 'days'], 'readwrite');
  await tx.objectStore('entries').put(entry);
  // Logging a drink on a day declared drink-free lifts the declaration: the diary stays truthful.
  const day = await tx.objectStore('days').get(entry.date);
  if (day?.drinkFree === true) await tx.objectStore('days').put({ ...day, drinkFree: false });
  await tx.done;
  notifyChange('diary');
}

export async function deleteEntry(id: string): Promise<void> {
  await (await db()).delete('entries', id);
  notifyChange('diary');
}

export async function getDay(date: IsoDate): Promise<DayLog | undefined> {
  return (await db()).get('days', date);
}

export async function daysBetween(from: IsoDate, to: IsoDate): Promise<DayLog[]> {
  return (await db()).getAll('days', IDBKeyRange.bound(from, to));
}

export async function allDays(): Promise<DayLog[]> {
  return (await db()).getAll('days');
}

export async function saveDay(day: DayLog): Promise<void> {
  await (await db()).put('days', day);
  notifyChange('diary');
}

export async function allScreenings(): Promise<ScreeningRecord[]> {
  const all = await (await db()).getAll('screenings');
  return all.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

export async function getScreening(id: string): Promise<ScreeningRecord | undefined> {
  return (await db()).get('screenings', id);
}

export async function saveScreening(result: ScreeningRecord): Promise<void> {
  await (await db()).put('screenings', result);
  notifyChange('screenings');
}

/** Newest first; the first one is the goal in force. */
export async function allGoals(): Promise<GoalRecord[]> {
  const all = await (await db()).getAll('goals');
  return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function saveGoal(goal: GoalRecord): Promise<void> {
  await (await db()).put('goals', goal);
  notifyChange();
}

export async function allCustomDrinks(): Promise<CustomDrinkRecord[]> {
  const all = await (await db()).getAll('customDrinks');
  return all.sort((a, b) => a.label.fr.localeCompare(b.label.fr));
}

export async function saveCustomDrink(drink: CustomDrinkRecord): Promise<void> {
  await (await db()).put('customDrinks', drink);
  notifyChange();
}

export async function deleteCustomDrink(id: string): Promise<void> {
  await (await db()).delete('customDrinks', id);
  notifyChange();
}

export async function getPreferences(): Promise<Preferences> {
  const stored = await (await db()).get('settings', 'preferences');
  return { ...DEFAULT_PREFERENCES, ...stored?.value };
}

export async function updatePreferences(patch: Partial<Preferences>): Promise<Preferences> {
  const next = { ...(await getPreferences()), ...patch };
  await (await db()).put('settings', { key: 'preferences', value: next });
  notifyChange();
  return next;
}

/** Remembers a drink as most recently used (the catalogue shows it first next time). */
export async function rememberDrinkUse(drinkId: string): Promise<void> {
  const { recentDrinkIds } = await getPreferences();
  const next = [drinkId, ...recentDrinkIds.filter((id) => id !== drinkId)].slice(0, 8);
  await updatePreferences({ recentDrinkIds: next });
}

/** Deletes every record of every store on this device. */
export async function deleteEverything(): Promise<void> {
  const database = await db();
  const tx = database.transaction([...ALL_STORES], 'readwrite');
  await Promise.all(ALL_STORES.map((store) => tx.objectStore(store).clear()));
  await tx.done;
  notifyChange();
}

function byDayThenTime(a: DrinkEntryRecord, b: DrinkEntryRecord): number {
  return (
    a.date.localeCompare(b.date) || a.time.localeCompare(b.time) || a.createdAt.localeCompare(b.createdAt)
  );
}
