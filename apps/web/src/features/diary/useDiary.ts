import type { IsoDate } from '@oz/core';
import { useStored, type Loaded } from '../../storage/changes.js';
import { daysBetween, entriesBetween } from '../../storage/repositories.js';
import type { DayLog, DrinkEntryRecord } from '../../storage/types.js';

export interface DiaryRange {
  readonly entries: readonly DrinkEntryRecord[];
  readonly days: readonly DayLog[];
}

/** Entries and day logs between two days (inclusive), kept up to date after every write. */
export function useDiaryRange(from: IsoDate, to: IsoDate): Loaded<DiaryRange> {
  return useStored(async () => {
    const [entries, days] = await Promise.all([entriesBetween(from, to), daysBetween(from, to)]);
    return { entries, days };
  }, `diary:${from}:${to}`);
}
