import { unwrap } from 'idb';
import { db } from '../../storage/db.js';
import { allDays, allEntries, allGoals, allScreenings, getPreferences } from '../../storage/repositories.js';
import type {
  DayLog,
  DrinkEntryRecord,
  GoalRecord,
  IsoDate,
  Preferences,
  ScreeningRecord,
} from '../../storage/types.js';

/**
 * Everything the report and the FHIR export read, gathered once from this device. Nothing here leaves the
 * device: the PDF and the JSON file are made in the browser (issue 11).
 */

/** What the report needs of a craving record (owned by the "support" feature, store `cravings`). */
export interface CravingForReport {
  readonly date: IsoDate;
  readonly intensity: number;
  readonly drank: boolean;
  readonly situation: string | null;
}

export interface ReportData {
  readonly entries: readonly DrinkEntryRecord[];
  readonly days: readonly DayLog[];
  readonly screenings: readonly ScreeningRecord[];
  readonly goals: readonly GoalRecord[];
  readonly preferences: Preferences;
  /** Null when this device has no craving log at all (the feature is absent or was never used). */
  readonly cravings: readonly CravingForReport[] | null;
}

const CRAVINGS_STORE = 'cravings';

function isCraving(value: unknown): value is CravingForReport {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record['date'] === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(record['date']) &&
    typeof record['intensity'] === 'number' &&
    Number.isFinite(record['intensity']) &&
    typeof record['drank'] === 'boolean' &&
    (record['situation'] === null || typeof record['situation'] === 'string')
  );
}

/**
 * Craving records, read defensively: the store belongs to another feature and may not exist on this device
 * (older version) — then null. Records missing a field the report needs are left out rather than guessed.
 */
export async function readCravings(): Promise<CravingForReport[] | null> {
  const database = unwrap(await db());
  if (!database.objectStoreNames.contains(CRAVINGS_STORE)) return null;
  const records = await new Promise<unknown[]>((resolve, reject) => {
    const request = database.transaction(CRAVINGS_STORE, 'readonly').objectStore(CRAVINGS_STORE).getAll();
    request.onsuccess = () => resolve(request.result as unknown[]);
    request.onerror = () => reject(request.error ?? new Error('cravings could not be read'));
  });
  return records.filter(isCraving).map(({ date, intensity, drank, situation }) => ({
    date,
    intensity,
    drank,
    situation,
  }));
}

export async function loadReportData(): Promise<ReportData> {
  const [entries, days, screenings, goals, preferences, cravings] = await Promise.all([
    allEntries(),
    allDays(),
    allScreenings(),
    allGoals(),
    getPreferences(),
    readCravings(),
  ]);
  return { entries, days, screenings, goals, preferences, cravings };
}
