import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../calendar/date.js';
import { anAmount } from '../diary/diary.fixture.js';
import { aGoal } from '../goals/goal.fixture.js';
import { InvalidQuantityError } from '../errors.js';
import { drinkFreeRun, drinkingRun } from './badges.fixture.js';
import { BADGES } from './catalogue.js';
import type { BadgeInput } from './compute.js';
import { computeBadges, unseenBadges } from './compute.js';

function earnedIds(input: BadgeInput): string[] {
  return computeBadges(input).earned.map((badge) => badge.id);
}

describe('computeBadges from the diary', () => {
  it('a drink-free week earns the 1, 3 and 7 drink-free days badges and a 3- and 7-day diary streak', () => {
    const summary = computeBadges({
      entries: [],
      drinkFreeDays: drinkFreeRun('2026-03-02', 7),
      today: '2026-03-08',
    });
    expect(summary.earned).toEqual([
      { id: 'drink-free-days-1', family: 'drink-free-days', level: 1, count: 1, earnedOn: '2026-03-02' },
      { id: 'drink-free-days-3', family: 'drink-free-days', level: 2, count: 3, earnedOn: '2026-03-04' },
      { id: 'drink-free-days-7', family: 'drink-free-days', level: 3, count: 7, earnedOn: '2026-03-08' },
      { id: 'diary-streak-3', family: 'diary-streak', level: 1, count: 3, earnedOn: '2026-03-04' },
      { id: 'diary-streak-7', family: 'diary-streak', level: 2, count: 7, earnedOn: '2026-03-08' },
    ]);
    expect(summary.progress.find((family) => family.family === 'drink-free-days')).toEqual({
      family: 'drink-free-days',
      count: 7,
      next: 14,
    });
    expect(summary.drinkFreeDaysHeld).toBe(false);
  });

  it.each([
    {
      name: 'a drinking day never erases drink-free days already counted',
      input: {
        entries: [anAmount('2026-03-05', 2)],
        drinkFreeDays: [...drinkFreeRun('2026-03-02', 3), ...drinkFreeRun('2026-03-06', 4)],
        today: '2026-03-09',
      },
      expected: [
        'drink-free-days-1',
        'drink-free-days-3',
        'drink-free-days-7',
        'diary-streak-3',
        'diary-streak-7',
      ],
    },
    {
      name: 'an unfilled day breaks the diary streak but not the drink-free total',
      input: {
        entries: [],
        drinkFreeDays: [...drinkFreeRun('2026-03-02', 2), ...drinkFreeRun('2026-03-05', 2)],
        today: '2026-03-09',
      },
      expected: ['drink-free-days-1', 'drink-free-days-3'],
    },
    {
      name: 'days after today do not count',
      input: { entries: [], drinkFreeDays: drinkFreeRun('2026-03-02', 7), today: '2026-03-03' },
      expected: ['drink-free-days-1'],
    },
    {
      name: 'alcohol-free drinks only make a drink-free day',
      input: { entries: [anAmount('2026-03-02', 0)], drinkFreeDays: [], today: '2026-03-02' },
      expected: ['drink-free-days-1'],
    },
    { name: 'an empty diary earns nothing', input: { entries: [], today: '2026-03-02' }, expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(earnedIds(input)).toEqual(expected);
  });
});

describe('goal weeks', () => {
  const goal = aGoal({
    maxStandardDrinksPerWeek: 7,
    maxStandardDrinksPerDrinkingDay: 2,
    drinkFreeWeekdays: [],
  });
  const weekWithin = {
    entries: [anAmount('2026-03-03', 2), anAmount('2026-03-05', 2), anAmount('2026-03-07', 2)],
    drinkFreeDays: [
      isoDate('2026-03-02'),
      isoDate('2026-03-04'),
      isoDate('2026-03-06'),
      isoDate('2026-03-08'),
    ],
  };

  it.each([
    {
      name: 'an achieved week counts on its Sunday',
      today: '2026-03-09',
      goals: [{ startsOn: '2026-03-02', goal }],
      expected: 1,
    },
    {
      name: 'a week not over yet does not',
      today: '2026-03-07',
      goals: [{ startsOn: '2026-03-02', goal }],
      expected: 0,
    },
    {
      name: 'a week before the goal does not',
      today: '2026-03-09',
      goals: [{ startsOn: '2026-03-09', goal }],
      expected: 0,
    },
    {
      name: 'the goal in force that week decides',
      today: '2026-03-09',
      goals: [
        {
          startsOn: '2026-02-23',
          goal: aGoal({
            maxStandardDrinksPerWeek: 4,
            maxStandardDrinksPerDrinkingDay: 2,
            drinkFreeWeekdays: [],
          }),
        },
        { startsOn: '2026-03-02', goal },
      ],
      expected: 1,
    },
  ])('$name', ({ today, goals, expected }) => {
    const summary = computeBadges({ ...weekWithin, goals, today });
    const earned = summary.earned.filter((badge) => badge.family === 'goal-weeks');
    expect(earned).toHaveLength(expected);
    if (expected > 0) expect(earned[0]?.earnedOn).toBe('2026-03-08');
  });

  it('a week above the goal does not count', () => {
    const summary = computeBadges({
      ...weekWithin,
      entries: [...weekWithin.entries, anAmount('2026-03-07', 3)],
      goals: [{ startsOn: '2026-03-02', goal }],
      today: '2026-03-10',
    });
    expect(summary.earned.filter((badge) => badge.family === 'goal-weeks')).toEqual([]);
  });
});

describe('cravings and programmes', () => {
  it('counts cravings overcome up to today', () => {
    const cravings = [
      ...Array.from({ length: 5 }, (_, index) => ({
        date: addDays(isoDate('2026-03-02'), index),
        drank: false,
      })),
      { date: '2026-03-03', drank: true },
      { date: '2026-04-01', drank: false },
    ];
    const summary = computeBadges({ entries: [], cravings, today: '2026-03-10' });
    expect(summary.earned.map((badge) => [badge.id, badge.earnedOn])).toEqual([
      ['cravings-overcome-1', '2026-03-02'],
      ['cravings-overcome-5', '2026-03-06'],
    ]);
  });

  it('adds the days of every programme and counts the finished ones', () => {
    const summary = computeBadges({
      entries: [],
      today: '2026-03-10',
      programmes: [
        { programmeId: 'premiers-pas', daysDone: 7, completedOn: '2026-03-08' },
        { programmeId: 'reduire-28-jours', daysDone: 2 },
      ],
    });
    expect(summary.earned.map((badge) => badge.id)).toEqual([
      'programme-days-1',
      'programme-days-7',
      'programme-completions-1',
    ]);
    expect(summary.earned.find((badge) => badge.id === 'programme-completions-1')?.earnedOn).toBe(
      '2026-03-08',
    );
  });

  it.each([-1, 1.5, 400, Number.NaN])('refuses %s programme days', (daysDone) => {
    expect(() =>
      computeBadges({ entries: [], today: '2026-03-10', programmes: [{ programmeId: 'p', daysDone }] }),
    ).toThrow(InvalidQuantityError);
  });
});

describe('no reward for an abrupt stop after heavy drinking', () => {
  const heavyThenStop = {
    entries: drinkingRun('2026-02-02', 28, 7),
    drinkFreeDays: drinkFreeRun('2026-03-02', 7),
    today: '2026-03-08',
  };

  it('holds the drink-free days after 4 weeks at 7 drinks a day, and says so', () => {
    const summary = computeBadges(heavyThenStop);
    expect(summary.earned.filter((badge) => badge.family === 'drink-free-days')).toEqual([]);
    expect(summary.drinkFreeDaysHeld).toBe(true);
    // Filling the diary is still celebrated.
    expect(summary.earned.map((badge) => badge.id)).toContain('diary-streak-28');
  });

  it('celebrates them once the safety questions found no sign of withdrawal risk', () => {
    const summary = computeBadges({ ...heavyThenStop, safetyCleared: true });
    expect(summary.earned.map((badge) => badge.id)).toContain('drink-free-days-7');
    expect(summary.drinkFreeDaysHeld).toBe(false);
  });

  it('celebrates a break after moderate drinking (3 a day)', () => {
    const summary = computeBadges({ ...heavyThenStop, entries: drinkingRun('2026-02-02', 28, 3) });
    expect(summary.earned.map((badge) => badge.id)).toContain('drink-free-days-7');
  });

  it('holds every drink-free day while dependence signals have not been checked', () => {
    const summary = computeBadges({
      entries: drinkingRun('2026-02-02', 28, 1),
      drinkFreeDays: drinkFreeRun('2026-03-02', 7),
      today: '2026-03-08',
      dependenceSignals: true,
    });
    expect(summary.earned.filter((badge) => badge.family === 'drink-free-days')).toEqual([]);
    expect(summary.drinkFreeDaysHeld).toBe(true);
  });

  it('does not count those weeks as weeks within a zero goal either', () => {
    const summary = computeBadges({
      ...heavyThenStop,
      drinkFreeDays: drinkFreeRun('2026-03-02', 14),
      today: '2026-03-16',
      goals: [
        {
          startsOn: '2026-03-02',
          goal: aGoal({
            maxStandardDrinksPerWeek: 0,
            maxStandardDrinksPerDrinkingDay: 0,
            drinkFreeWeekdays: [],
          }),
        },
      ],
    });
    expect(summary.earned.filter((badge) => badge.family === 'goal-weeks')).toEqual([]);
  });
});

describe('properties', () => {
  const day = fc.integer({ min: 0, max: 59 }).map((offset) => addDays(isoDate('2026-01-05'), offset));
  // At most 5 drinks a day: never the heavy drinking that holds drink-free days.
  const amounts = fc.array(fc.record({ date: day, drinks: fc.integer({ min: 0, max: 5 }) }), {
    maxLength: 40,
  });
  const declared = fc.array(day, { maxLength: 40 });
  const today = '2026-03-05';

  it('declaring one more drink-free day on an unfilled day never takes a badge back', () => {
    fc.assert(
      fc.property(amounts, declared, day, (given, drinkFree, extra) => {
        const entries = given.map((amount) => anAmount(amount.date, amount.drinks));
        fc.pre(!entries.some((entry) => entry.date === extra));
        const before = earnedIds({ entries, drinkFreeDays: drinkFree, today });
        const after = earnedIds({ entries, drinkFreeDays: [...drinkFree, extra], today });
        expect(after).toEqual(expect.arrayContaining(before));
      }),
    );
  });

  it('does not depend on the order of the entries', () => {
    fc.assert(
      fc.property(amounts, declared, (given, drinkFree) => {
        const entries = given.map((amount) => anAmount(amount.date, amount.drinks));
        expect(computeBadges({ entries: [...entries].reverse(), drinkFreeDays: drinkFree, today })).toEqual(
          computeBadges({ entries, drinkFreeDays: drinkFree, today }),
        );
      }),
    );
  });

  it('only ever earns badges of the catalogue, each once', () => {
    fc.assert(
      fc.property(amounts, declared, (given, drinkFree) => {
        const ids = earnedIds({
          entries: given.map((amount) => anAmount(amount.date, amount.drinks)),
          drinkFreeDays: drinkFree,
          today,
        });
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(BADGES.map((badge) => badge.id)).toContain(id);
      }),
    );
  });
});

describe('unseenBadges', () => {
  it('keeps the badges not seen yet', () => {
    const { earned } = computeBadges({
      entries: [],
      drinkFreeDays: drinkFreeRun('2026-03-02', 3),
      today: '2026-03-04',
    });
    expect(unseenBadges(earned, ['drink-free-days-1']).map((badge) => badge.id)).toEqual([
      'drink-free-days-3',
      'diary-streak-3',
    ]);
  });
});
