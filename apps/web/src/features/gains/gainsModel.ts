import {
  drinkFreeStreaks,
  gains,
  type DrinkFreeStreaks,
  type Gains,
  type IsoDate,
  type TypicalWeek,
} from '@oz/core';
import { allDays, allEntries } from '../../storage/repositories.js';
import { diaryOf } from '../diary/model.js';

export interface GainsView {
  /** Undefined until the person has written anything in the diary. */
  readonly sinceStart: Gains | undefined;
  readonly streaks: DrinkFreeStreaks;
}

/** Gains since the first day of the diary, and streaks: both computed by @oz/core. */
export async function loadGains(typical: TypicalWeek | null, today: IsoDate): Promise<GainsView> {
  const [entries, days] = await Promise.all([allEntries(), allDays()]);
  const diary = diaryOf(entries, days);
  const firstDates = [entries[0]?.date, ...days.map((day) => day.date)].filter((date) => date !== undefined);
  const first = firstDates.sort()[0];
  const sinceStart =
    typical === null || first === undefined || first > today
      ? undefined
      : gains(typical, { ...diary, from: first, to: today });
  return { sinceStart, streaks: drinkFreeStreaks(diary, today) };
}
