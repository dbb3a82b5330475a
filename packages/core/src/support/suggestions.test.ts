import { describe, expect, it } from 'vitest';
import { isoDate } from '../calendar/date.js';
import { aDay, aPlan, totals } from './support.fixture.js';
import { suggestPlans } from './suggestions.js';

const today = isoDate('2026-03-28');
const partyPlan = aPlan({ situation: 'party' });

describe('suggestPlans (diary context → matching plan)', () => {
  it.each([
    {
      name: 'no diary, no suggestion',
      days: [],
      totals: totals(),
      expected: [],
    },
    {
      name: 'a situation with 2 days above the repère out of 2 is suggested with its plan',
      days: [aDay('2026-03-14', ['party']), aDay('2026-03-21', ['party'])],
      totals: totals(['2026-03-14', 5], ['2026-03-21', 3]),
      expected: [{ situation: 'party', daysAbove: 2, daysNoted: 2, plans: [partyPlan] }],
    },
    {
      name: 'exactly 2 standard drinks is within the repère',
      days: [aDay('2026-03-14', ['party']), aDay('2026-03-21', ['party'])],
      totals: totals(['2026-03-14', 2], ['2026-03-21', 1.32 + 0.68]),
      expected: [],
    },
    {
      name: 'a single day above the repère is not a pattern',
      days: [aDay('2026-03-21', ['party'])],
      totals: totals(['2026-03-21', 8]),
      expected: [],
    },
    {
      name: 'a tag noted every day is not suggested when most of its days are within the repère',
      days: ['01', '02', '03', '04', '05', '06'].map((d) => aDay(`2026-03-${d}`, ['home'])),
      totals: totals(['2026-03-01', 4], ['2026-03-02', 4]),
      expected: [],
    },
    {
      name: 'a low mood counts as the low-mood situation, with no plan yet',
      days: [
        aDay('2026-03-10', [], 'low'),
        aDay('2026-03-12', [], 'very-low'),
        aDay('2026-03-13', [], 'good'),
      ],
      totals: totals(['2026-03-10', 4], ['2026-03-12', 6]),
      expected: [{ situation: 'low-mood', daysAbove: 2, daysNoted: 2, plans: [] }],
    },
    {
      name: 'days older than 4 weeks and days after today are ignored',
      days: [aDay('2026-02-28', ['stress']), aDay('2026-03-01', ['stress']), aDay('2026-03-29', ['stress'])],
      totals: totals(['2026-02-28', 6], ['2026-03-01', 6], ['2026-03-29', 6]),
      expected: [],
    },
    {
      name: 'the window is 28 days, today included',
      days: [aDay('2026-03-01', ['stress']), aDay('2026-03-28', ['stress'])],
      totals: totals(['2026-03-01', 3], ['2026-03-28', 3]),
      expected: [{ situation: 'stress', daysAbove: 2, daysNoted: 2, plans: [] }],
    },
    {
      name: 'strongest first: more days above, then higher share',
      days: [
        aDay('2026-03-02', ['friends', 'stress']),
        aDay('2026-03-03', ['friends', 'stress']),
        aDay('2026-03-04', ['friends']),
        aDay('2026-03-05', ['stress']),
        aDay('2026-03-06', ['stress']),
      ],
      totals: totals(
        ['2026-03-02', 3],
        ['2026-03-03', 3],
        ['2026-03-04', 3],
        ['2026-03-05', 1],
        ['2026-03-06', 1],
      ),
      expected: [
        { situation: 'friends', daysAbove: 3, daysNoted: 3, plans: [] },
        { situation: 'stress', daysAbove: 2, daysNoted: 4, plans: [] },
      ],
    },
  ])('$name', ({ days, totals: dailyTotals, expected }) => {
    expect(suggestPlans({ today, days, dailyTotals, plans: [partyPlan] })).toEqual(expected);
  });
});
