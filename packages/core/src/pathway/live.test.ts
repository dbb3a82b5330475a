import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../calendar/date.js';
import type { DiaryDays } from '../diary/dayStatus.js';
import { amountsFrom } from '../diary/diary.fixture.js';
import { scoreAuditC } from '../screening/auditC.js';
import {
  hideRecommendationCard,
  isHeavyDrinkingDay,
  liveRecommendation,
  RECOMMENDATION_CARD_HIDE_DAYS,
  recommendationCardShown,
  WITHDRAWAL_WATCH_DAYS,
  withdrawalWatchDay,
  type HiddenRecommendationCard,
  type LiveRecommendationInput,
} from './live.js';
import type { PathwayLevel } from './types.js';

// Monday 30 March 2026: the four complete weeks before it start on Monday 2 March.
const TODAY = '2026-03-30';
const FIRST_MONDAY = '2026-03-02';
const NO_DIARY: DiaryDays = { entries: [] };

/** Four weeks repeating the same 7 daily amounts (0 = a blank day), from 2 March. */
function fourWeeks(week: readonly number[]): DiaryDays {
  return { entries: amountsFrom(FIRST_MONDAY, [...week, ...week, ...week, ...week]) };
}

function input(overrides: Partial<LiveRecommendationInput>): LiveRecommendationInput {
  return { today: TODAY, screenings: [], diary: NO_DIARY, profile: {}, ...overrides };
}

/** As fourWeeks, with every 0 declared drink-free (a fully kept diary). */
function fourDeclaredWeeks(week: readonly number[]): DiaryDays {
  const drinkFreeDays = [0, 7, 14, 21].flatMap((start) =>
    week.flatMap((drinks, offset) => (drinks === 0 ? [addDays(isoDate(FIRST_MONDAY), start + offset)] : [])),
  );
  return { ...fourWeeks(week), drinkFreeDays };
}

const heavyEveryDay = fourWeeks([10, 10, 10, 10, 10, 10, 10]);
const lightButDeclared = fourDeclaredWeeks([1, 0, 1, 0, 1, 0, 0]);
const oneGlassAWeek = fourDeclaredWeeks([1, 0, 0, 0, 0, 0, 0]);

describe('liveRecommendation — everything the device knows', () => {
  it.each([
    { case: 'nothing known', given: {}, level: 'inform', caution: false, card: false },
    {
      case: 'diary only: four weeks of 10 drinks a day',
      given: { diary: heavyEveryDay },
      level: 'specialist',
      caution: true,
      card: true,
    },
    {
      case: 'diary only: 3 drinks a week, drink-free days declared',
      given: { diary: lightButDeclared },
      level: 'inform',
      caution: false,
      card: false,
    },
    {
      case: 'pregnant, one glass a week',
      given: { diary: oneGlassAWeek, profile: { pregnant: true } },
      level: 'specialist',
      caution: false,
      card: true,
    },
    {
      case: 'under 18, one glass a week',
      given: { diary: oneGlassAWeek, profile: { ageBand: 'under-18' } },
      level: 'brief-intervention',
      caution: false,
      card: true,
    },
    {
      case: 'the latest quick test wins over an older one',
      given: {
        screenings: [scoreAuditC([4, 4, 4], 'male'), scoreAuditC([1, 0, 0], 'male')],
      },
      level: 'inform',
      caution: false,
      card: false,
    },
    {
      case: 'a result without its sex takes the profile’s (AUDIT-C 3, man)',
      given: { screenings: [{ instrument: 'audit-c', total: 3 }], profile: { sex: 'male' } },
      level: 'inform',
      caution: false,
      card: false,
    },
    {
      case: 'a result without any sex gets the protective bounds (AUDIT-C 3)',
      given: { screenings: [{ instrument: 'audit-c', total: 3 }] },
      level: 'brief-intervention',
      caution: false,
      card: true,
    },
    {
      case: 'a past seizure on stopping, nothing else known',
      given: { safetyAnswers: { 'seizures-or-delirium-tremens': 'yes' } },
      level: 'specialist',
      caution: true,
      card: true,
    },
    {
      case: 'morning shakes with a light diary',
      given: { diary: lightButDeclared, safetyAnswers: { 'morning-drinking-or-shakes': 'yes' } },
      level: 'brief-intervention',
      caution: true,
      card: true,
    },
  ] as const)('$case → $level', ({ given, level, caution, card }) => {
    const result = liveRecommendation(input(given as Partial<LiveRecommendationInput>));
    expect(result.level).toBe(level);
    expect(result.withdrawalCaution).toBe(caution);
    expect(result.worthACard).toBe(card);
  });

  it('points a drinking minor to the CJC first', () => {
    const result = liveRecommendation(input({ diary: oneGlassAWeek, profile: { ageBand: 'under-18' } }));
    expect(result.suggestedStructureTypes[0]).toBe('cjc');
  });

  it('reads only the complete weeks before today (this week’s drinks wait for the week to end)', () => {
    const thisWeekOnly: DiaryDays = { entries: amountsFrom(TODAY, [10, 10, 10]) };
    expect(liveRecommendation(input({ diary: thisWeekOnly })).level).toBe('inform');
  });

  it('shows a card exactly when a professional is advised or a withdrawal caution is on', () => {
    const levels: PathwayLevel[] = ['brief-intervention', 'specialist'];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 28, maxLength: 28 }), (days) => {
        const result = liveRecommendation(input({ diary: { entries: amountsFrom(FIRST_MONDAY, days) } }));
        expect(result.worthACard).toBe(result.withdrawalCaution || levels.includes(result.level));
      }),
    );
  });
});

describe('recommendationCardShown — hidden for 7 days, back sooner if the level rises', () => {
  const specialistWithCaution = { level: 'specialist', withdrawalCaution: true, worthACard: true } as const;
  const briefIntervention = {
    level: 'brief-intervention',
    withdrawalCaution: false,
    worthACard: true,
  } as const;
  const hidden = (
    daysAgo: number,
    level: PathwayLevel,
    withdrawalCaution: boolean,
  ): HiddenRecommendationCard => ({
    hiddenOn: isoDate(`2026-03-${String(30 - daysAgo).padStart(2, '0')}`),
    level,
    withdrawalCaution,
  });

  it.each([
    {
      case: 'nothing worth a card',
      now: { level: 'self-help', withdrawalCaution: false, worthACard: false },
      hid: undefined,
      shown: false,
    },
    { case: 'never hidden', now: briefIntervention, hid: undefined, shown: true },
    {
      case: 'hidden today',
      now: briefIntervention,
      hid: hidden(0, 'brief-intervention', false),
      shown: false,
    },
    {
      case: 'hidden 6 days ago',
      now: briefIntervention,
      hid: hidden(6, 'brief-intervention', false),
      shown: false,
    },
    {
      case: 'hidden 7 days ago',
      now: briefIntervention,
      hid: hidden(7, 'brief-intervention', false),
      shown: true,
    },
    {
      case: 'hidden yesterday, level rose',
      now: { ...specialistWithCaution, withdrawalCaution: false },
      hid: hidden(1, 'brief-intervention', false),
      shown: true,
    },
    {
      case: 'hidden yesterday, a withdrawal caution came on',
      now: { level: 'brief-intervention', withdrawalCaution: true, worthACard: true },
      hid: hidden(1, 'brief-intervention', false),
      shown: true,
    },
    {
      case: 'hidden yesterday at specialist, now lower',
      now: briefIntervention,
      hid: hidden(1, 'specialist', true),
      shown: false,
    },
    {
      case: 'hidden yesterday, same level and caution',
      now: specialistWithCaution,
      hid: hidden(1, 'specialist', true),
      shown: false,
    },
  ] as const)('$case → shown: $shown', ({ now, hid, shown }) => {
    expect(recommendationCardShown(now, hid, TODAY)).toBe(shown);
  });

  it('hides what is recommended today, from today', () => {
    expect(hideRecommendationCard(specialistWithCaution, TODAY)).toEqual({
      hiddenOn: TODAY,
      level: 'specialist',
      withdrawalCaution: true,
    });
    expect(RECOMMENDATION_CARD_HIDE_DAYS).toBe(7);
  });
});

describe('isHeavyDrinkingDay — 6 standard drinks or more (AUDIT item 3)', () => {
  it.each([
    { drinks: 0, heavy: false },
    { drinks: 5.9, heavy: false },
    { drinks: 6, heavy: true },
    { drinks: 10, heavy: true },
  ])('$drinks → $heavy', ({ drinks, heavy }) => {
    expect(isHeavyDrinkingDay(drinks)).toBe(heavy);
  });
});

describe('withdrawalWatchDay — the first 7 days of a break', () => {
  it.each([
    { today: '2026-03-29', day: undefined },
    { today: '2026-03-30', day: 1 },
    { today: '2026-03-31', day: 2 },
    { today: '2026-04-05', day: 7 },
    { today: '2026-04-06', day: undefined },
  ])('break started 30 March, on $today → day $day', ({ today, day }) => {
    expect(withdrawalWatchDay(TODAY, today)).toBe(day);
  });

  it('covers the days withdrawal signs usually last', () => {
    expect(WITHDRAWAL_WATCH_DAYS).toBe(7);
  });
});
