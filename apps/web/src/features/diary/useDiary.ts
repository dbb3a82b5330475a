import type { IsoDate } from '@oz/core';
import { primeStored, useStored, type Loaded } from '../../storage/changes.js';
import { daysBetween, entriesBetween } from '../../storage/repositories.js';
import type { DayLog, DrinkEntryRecord } from '../../storage/types.js';

export interface DiaryRange {
  readonly entries: readonly DrinkEntryRecord[];
  readonly days: readonly DayLog[];
}

const rangeKey = (from: IsoDate, to: IsoDate): string => `diary:${from}:${to}`;

function readRange(from: IsoDate, to: IsoDate): () => Promise<DiaryRange> {
  return async () => {
    const [entries, days] = await Promise.all([entriesBetween(from, to), daysBetween(from, to)]);
    return { entries, days };
  };
}

/** Entries and day logs between two days (inclusive), kept up to date after every write. */
export function useDiaryRange(from: IsoDate, to: IsoDate): Loaded<DiaryRange> {
  return useStored(readRange(from, to), rangeKey(from, to));
}

/** Reads the range before the screen that shows it mounts (storage/changes.ts `primeStored`). */
export function primeDiaryRange(from: IsoDate, to: IsoDate): Promise<void> {
  return primeStored(rangeKey(from, to), readRange(from, to));
}
