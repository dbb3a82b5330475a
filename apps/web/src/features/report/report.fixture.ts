import {
  addDays,
  createGoal,
  euros,
  findDrink,
  isoDate,
  kilocalories,
  standardDrinkCount,
  type IsoDate,
} from '@oz/core';
import {
  DEFAULT_PREFERENCES,
  type DayLog,
  type DrinkEntryRecord,
  type ScreeningRecord,
} from '../../storage/types.js';
import { newEntry } from '../diary/model.js';
import type { ReportData } from './reportData.js';

/** "Today" of the report tests: Wednesday 18 November 2026 (the e2e suite's fixed day too). */
export const REPORT_TODAY = isoDate('2026-11-18');

function beers(date: IsoDate, count: number): DrinkEntryRecord {
  const drink = findDrink('beer-half');
  if (drink === undefined) throw new Error('beer-half missing from the catalogue');
  return newEntry(drink, count, date, '19:00', 'oz', `beer-${date}`);
}

function dayLog(date: IsoDate, overrides: Partial<DayLog> = {}): DayLog {
  return {
    date,
    drinkFree: false,
    mood: null,
    tags: [],
    note: '',
    updatedAt: '2026-11-18T09:00:00.000Z',
    ...overrides,
  };
}

export function aScreening(overrides: Partial<ScreeningRecord> = {}): ScreeningRecord {
  return {
    id: 'screening-1',
    instrument: 'audit-c',
    version: '1.0.0',
    answers: [3, 2, 2],
    sex: 'female',
    total: 7,
    level: 'misuse',
    takenAt: '2026-09-01T18:00:00.000Z',
    ...overrides,
  };
}

/**
 * Three weeks of diary before the week of 18 November 2026: 14 drinks (week of 26 Oct: 2 a day Monday–Sunday),
 * 9 drinks (week of 2 Nov, 3 days of 3, four declared drink-free days), 5 drinks (week of 9 Nov, with a note),
 * a goal of at most 10 a week from 2 November, a typical week of 21 drinks and 40 €, two screenings.
 */
export function aReportData(overrides: Partial<ReportData> = {}): ReportData {
  const w1 = isoDate('2026-10-26');
  const w2 = isoDate('2026-11-02');
  const w3 = isoDate('2026-11-09');
  const entries = [
    ...Array.from({ length: 7 }, (_, index) => beers(addDays(w1, index), 2)),
    ...[0, 2, 4].map((offset) => beers(addDays(w2, offset), 3)),
    beers(addDays(w3, 4), 5),
  ];
  const days = [
    ...[1, 3, 5, 6].map((offset) => dayLog(addDays(w2, offset), { drinkFree: true })),
    ...[0, 1, 2, 3, 5, 6].map((offset) => dayLog(addDays(w3, offset), { drinkFree: true })),
    dayLog(addDays(w3, 4), { note: 'Soirée d’anniversaire « difficile » ; j’ai dit non à 2 verres ≤ 5 €' }),
  ];
  return {
    entries,
    days,
    screenings: [
      aScreening(),
      aScreening({
        id: 'screening-2',
        instrument: 'face',
        answers: [2, 1, 0, 0, 0],
        total: 3,
        level: 'low',
        takenAt: '2026-11-16T18:00:00.000Z',
      }),
    ],
    goals: [
      {
        ...createGoal({ maxStandardDrinksPerWeek: 10, drinkFreeWeekdays: ['tuesday'] }),
        id: 'goal-1',
        startsOn: w2,
        createdAt: '2026-11-02T08:00:00.000Z',
      },
    ],
    preferences: {
      ...DEFAULT_PREFERENCES,
      onboardingDone: true,
      typicalWeek: { standardDrinks: standardDrinkCount(21), kcal: kilocalories(1470), euros: euros(40) },
    },
    cravings: [
      { date: isoDate('2026-11-10'), intensity: 7, drank: false, situation: 'stress' },
      { date: isoDate('2026-11-13'), intensity: 4, drank: true, situation: 'friends' },
      { date: isoDate('2026-11-14'), intensity: 6, drank: false, situation: 'stress' },
    ],
    ...overrides,
  };
}
