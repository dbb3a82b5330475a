import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/date.js';
import { harmReductionMoment } from './harmReduction.js';
import { aDay, totals } from './support.fixture.js';

const today = isoDate('2026-03-28');

describe('harmReductionMoment', () => {
  it.each([
    { name: 'nothing noted', days: [], totals: totals(), expected: null },
    {
      name: 'a heavy day today (6 drinks)',
      days: [],
      totals: totals(['2026-03-28', 6]),
      expected: { kind: 'heavy-day', date: '2026-03-28', standardDrinks: 6 },
    },
    {
      name: 'a heavy day yesterday: the morning after',
      days: [],
      totals: totals(['2026-03-27', 7.5]),
      expected: { kind: 'heavy-day', date: '2026-03-27', standardDrinks: 7.5 },
    },
    { name: 'a heavy day 2 days ago is past', days: [], totals: totals(['2026-03-26', 9]), expected: null },
    { name: '5.9 drinks is not a heavy day', days: [], totals: totals(['2026-03-28', 5.9]), expected: null },
    {
      name: 'a party noted in 3 days',
      days: [aDay('2026-03-31', ['party', 'friends'])],
      totals: totals(),
      expected: { kind: 'planned-party', date: '2026-03-31' },
    },
    {
      name: 'a party in 4 days is too far',
      days: [aDay('2026-04-01', ['party'])],
      totals: totals(),
      expected: null,
    },
    {
      name: 'a past party is not coming',
      days: [aDay('2026-03-27', ['party'])],
      totals: totals(),
      expected: null,
    },
    {
      name: 'a coming party wins over a heavy day, the nearest party first',
      days: [aDay('2026-03-30', ['party']), aDay('2026-03-29', ['party'])],
      totals: totals(['2026-03-28', 8]),
      expected: { kind: 'planned-party', date: '2026-03-29' },
    },
  ])('$name', ({ days, totals: dailyTotals, expected }) => {
    expect(harmReductionMoment({ today, days, dailyTotals })).toEqual(expected);
  });
});
