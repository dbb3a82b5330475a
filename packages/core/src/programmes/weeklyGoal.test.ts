import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidQuantityError } from '../errors.js';
import { deepCutSafety } from '../safety/deepCut.js';
import type { WeeklyGoalInput } from './weeklyGoal.js';
import { proposeWeeklyGoal, REDUCTION_PROGRAMME_WEEKS } from './weeklyGoal.js';

function proposed(input: WeeklyGoalInput): number {
  const proposal = proposeWeeklyGoal(input);
  if (proposal.kind !== 'proposal') throw new Error(`expected a proposal, got ${proposal.kind}`);
  return proposal.maxStandardDrinksPerWeek;
}

const baselines = fc.double({ min: 1, max: 500, noNaN: true });
const weeks = fc.integer({ min: 1, max: REDUCTION_PROGRAMME_WEEKS });

describe('proposeWeeklyGoal', () => {
  it.each<[number, number[]]>([
    // baseline → weeks 1–4 (a tenth of the baseline off each week, whole drinks)
    [20, [18, 16, 14, 12]],
    [30, [27, 24, 21, 18]],
    [14, [13, 11, 10, 8]],
    [5, [5, 4, 4, 3]],
    [2, [2, 2, 1, 1]],
    [1, [1, 1, 1, 1]],
  ])('steps down from a baseline of %d a week', (baseline, expected) => {
    expect([1, 2, 3, 4].map((week) => proposed({ baseline, week }))).toEqual(expected);
  });

  it('has nothing to propose without a baseline or below one drink a week', () => {
    expect(proposeWeeklyGoal({ baseline: undefined, week: 1 })).toEqual({ kind: 'no-baseline' });
    expect(proposeWeeklyGoal({ baseline: 0, week: 2 })).toEqual({ kind: 'already-low' });
    expect(proposeWeeklyGoal({ baseline: 0.5, week: 2 })).toEqual({ kind: 'already-low' });
  });

  it('keeps last week’s goal when that week went above it', () => {
    expect(proposeWeeklyGoal({ baseline: 20, week: 3, previous: { goal: 16, drunk: 19 } })).toEqual({
      kind: 'proposal',
      maxStandardDrinksPerWeek: 16,
      lowestWithoutSafetyGate: 10,
      held: true,
    });
    expect(proposed({ baseline: 20, week: 3, previous: { goal: 16, drunk: 15 } })).toBe(14);
    expect(proposed({ baseline: 20, week: 3, previous: { goal: 16 } })).toBe(14);
  });

  it('never goes back up after a week the person met a lower goal of their own', () => {
    expect(proposed({ baseline: 20, week: 2, previous: { goal: 12, drunk: 11 } })).toBe(12);
  });

  it('refuses impossible inputs', () => {
    expect(() => proposeWeeklyGoal({ baseline: 10, week: 5 })).toThrow(InvalidQuantityError);
    expect(() => proposeWeeklyGoal({ baseline: 10, week: 0 })).toThrow(InvalidQuantityError);
    expect(() => proposeWeeklyGoal({ baseline: -1, week: 1 })).toThrow(InvalidQuantityError);
    expect(() => proposeWeeklyGoal({ baseline: Number.NaN, week: 1 })).toThrow(InvalidQuantityError);
    expect(() => proposeWeeklyGoal({ baseline: 501, week: 1 })).toThrow(InvalidQuantityError);
    expect(() => proposeWeeklyGoal({ baseline: 10, week: 2, previous: { goal: -2 } })).toThrow(
      InvalidQuantityError,
    );
  });

  it('never proposes a cut the safety gate would ask about, even with dependence signals (property)', () => {
    const previous = fc.option(
      fc.record({
        goal: fc.double({ min: 0, max: 500, noNaN: true }),
        drunk: fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: undefined }),
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(baselines, weeks, previous, (baseline, week, last) => {
        const input: WeeklyGoalInput =
          last === undefined
            ? { baseline, week }
            : {
                baseline,
                week,
                previous:
                  last.drunk === undefined ? { goal: last.goal } : { goal: last.goal, drunk: last.drunk },
              };
        const goal = proposed(input);
        const gate = deepCutSafety({
          plan: { kind: 'weekly-limit', maxStandardDrinksPerWeek: goal },
          dependenceSignals: true,
          recentWeeklyAverage: baseline,
          screened: true,
        });
        expect(gate.deepCut).toBe('none');
        expect(gate.ask).toBe(false);
        expect(Number.isInteger(goal)).toBe(true);
        expect(goal).toBeGreaterThan(0);
        expect(goal).toBeLessThanOrEqual(baseline);
      }),
    );
  });

  it('never rises from one week to the next when each week is met (property)', () => {
    fc.assert(
      fc.property(baselines, (baseline) => {
        let previous: number | undefined;
        for (let week = 1; week <= REDUCTION_PROGRAMME_WEEKS; week += 1) {
          const goal = proposed(
            previous === undefined
              ? { baseline, week }
              : { baseline, week, previous: { goal: previous, drunk: previous } },
          );
          if (previous !== undefined) expect(goal).toBeLessThanOrEqual(previous);
          previous = goal;
        }
      }),
    );
  });

  it('proposes a lower or equal goal for a lower baseline (property)', () => {
    fc.assert(
      fc.property(baselines, baselines, weeks, (a, b, week) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(proposed({ baseline: low, week })).toBeLessThanOrEqual(proposed({ baseline: high, week }));
      }),
    );
  });
});
