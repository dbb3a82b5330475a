import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountsFrom, dates } from '../diary/diary.fixture.js';
import type { DeepCutPlan, DeepCutSafetyInput } from './deepCut.js';
import { deepCutSafety, recentWeeklyAverage } from './deepCut.js';

const BREAK: DeepCutPlan = { kind: 'break' };
const limit = (max: number): DeepCutPlan => ({ kind: 'weekly-limit', maxStandardDrinksPerWeek: max });

describe('deepCutSafety', () => {
  it.each<[string, DeepCutSafetyInput, boolean, string, string[]]>([
    // plan, signals, average, screened → ask, kind, reasons
    [
      'break, dependence signals',
      { plan: BREAK, dependenceSignals: true, screened: true, recentWeeklyAverage: 60 },
      true,
      'break',
      ['dependence-signals'],
    ],
    [
      'break, nothing known',
      { plan: BREAK, dependenceSignals: false, screened: false },
      true,
      'break',
      ['consumption-unknown'],
    ],
    [
      'break, low known consumption',
      { plan: BREAK, dependenceSignals: false, screened: false, recentWeeklyAverage: 8 },
      false,
      'break',
      [],
    ],
    [
      'break, screened only, no signal',
      { plan: BREAK, dependenceSignals: false, screened: true },
      false,
      'break',
      [],
    ],
    [
      'zero weekly limit is a break',
      { plan: limit(0), dependenceSignals: true, screened: true },
      true,
      'break',
      ['dependence-signals'],
    ],
    [
      'limit below half the average, signals',
      { plan: limit(14), dependenceSignals: true, screened: true, recentWeeklyAverage: 70 },
      true,
      'below-half-average',
      ['dependence-signals'],
    ],
    [
      'limit below half the average, no signal',
      { plan: limit(14), dependenceSignals: false, screened: true, recentWeeklyAverage: 70 },
      false,
      'below-half-average',
      [],
    ],
    [
      'limit at half the average, signals',
      { plan: limit(35), dependenceSignals: true, screened: true, recentWeeklyAverage: 70 },
      false,
      'none',
      [],
    ],
    [
      'limit, no average, signals',
      { plan: limit(10), dependenceSignals: true, screened: true },
      true,
      'unknown-average',
      ['dependence-signals'],
    ],
    [
      'limit, nothing known at all',
      { plan: limit(10), dependenceSignals: false, screened: false },
      false,
      'unknown-average',
      [],
    ],
    [
      'break, signals and unknown consumption',
      { plan: BREAK, dependenceSignals: true, screened: false },
      true,
      'break',
      ['dependence-signals', 'consumption-unknown'],
    ],
  ])('%s', (_name, input, ask, deepCut, reasons) => {
    expect(deepCutSafety(input)).toEqual({ ask, deepCut, reasons });
  });

  it('refuses a negative or non-finite limit or average', () => {
    expect(() => deepCutSafety({ plan: limit(-1), dependenceSignals: false, screened: true })).toThrow(
      RangeError,
    );
    expect(() =>
      deepCutSafety({
        plan: BREAK,
        dependenceSignals: false,
        screened: true,
        recentWeeklyAverage: Number.NaN,
      }),
    ).toThrow(RangeError);
  });

  it('never asks without a deep cut, and always asks before a break with dependence signals', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.boolean(),
        (max, average, screened) => {
          const gate = deepCutSafety({
            plan: limit(max),
            dependenceSignals: true,
            screened,
            recentWeeklyAverage: average,
          });
          expect(gate.ask).toBe(max === 0 || max < average / 2);
          expect(
            deepCutSafety({ plan: BREAK, dependenceSignals: true, screened, recentWeeklyAverage: average })
              .ask,
          ).toBe(true);
        },
      ),
    );
  });
});

describe('recentWeeklyAverage', () => {
  // Wednesday 2026-03-25: the 4 complete weeks before it start on 16, 9 and 2 March and 23 February.
  const TODAY = '2026-03-25';

  it('averages the filled days of recent pattern weeks, scaled to a week', () => {
    const entries = [
      ...amountsFrom('2026-03-16', [10, 10, 10, 10, 10, 10, 0]),
      ...amountsFrom('2026-03-09', [4, 4, 4, 4, 0, 0, 0]),
    ];
    // 16 March: 6 filled days of 10 (the 7th blank, unknown); 9 March: 4 filled days of 4.
    expect(recentWeeklyAverage({ entries }, TODAY)).toBeCloseTo(((60 + 16) / 10) * 7);
  });

  it('counts declared drink-free days as filled days at zero, and ignores blank days', () => {
    const entries = amountsFrom('2026-03-16', [7, 7, 7, 0, 0, 0, 0]);
    const drinkFreeDays = dates('2026-03-19', '2026-03-20');
    expect(recentWeeklyAverage({ entries, drinkFreeDays }, TODAY)).toBeCloseTo((21 / 5) * 7);
  });

  it('is unknown without a week of at least 4 filled days, and ignores the current week', () => {
    expect(recentWeeklyAverage({ entries: amountsFrom('2026-03-16', [5, 5, 5, 0, 0, 0, 0]) }, TODAY)).toBe(
      undefined,
    );
    expect(recentWeeklyAverage({ entries: amountsFrom('2026-03-23', [9, 9, 9, 9, 9, 9, 9]) }, TODAY)).toBe(
      undefined,
    );
  });
});
