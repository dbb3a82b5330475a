import { describe, expect, it } from 'vitest';
import { ozeQuickTestLevel, ozeSex, scoreOzeQuickTest } from './quickTest.js';

describe('scoreOzeQuickTest', () => {
  it.each([
    [{ frequency: 'never', glasses: 'less-than-three', binge: 'never' }, [0, 0, 0], 0],
    [
      { frequency: 'twice-a-week', glasses: 'less-than-three', binge: 'less-than-once-a-month' },
      [3, 0, 1],
      4,
    ],
    [{ frequency: 'four-times-a-week', glasses: 'ten', binge: 'everyday' }, [4, 4, 4], 12],
    [{ frequency: 'twice-a-month', glasses: 'seven', binge: 'once-a-week', gender: 'man' }, [2, 3, 3], 8],
  ])('%j → %j = %s', (answers, points, total) => {
    expect(scoreOzeQuickTest(answers)).toEqual({ kind: 'scored', points, total });
  });

  it('names the items it cannot read', () => {
    expect(scoreOzeQuickTest({ frequency: 'often', glasses: 3 })).toEqual({
      kind: 'incomplete',
      unreadable: ['frequency', 'glasses', 'binge'],
    });
  });
});

describe('ozeQuickTestLevel', () => {
  it.each([
    [3, 'female', 'good'],
    [4, 'female', 'risk'],
    [5, 'female', 'addicted'],
    [4, 'male', 'good'],
    [5, 'male', 'risk'],
    [6, 'male', 'addicted'],
  ] as const)('%s points, %s → %s (Oz Ensemble cut-offs)', (total, sex, level) => {
    expect(ozeQuickTestLevel(total, sex)).toBe(level);
  });

  it('gives no label without a sex: Oz Ensemble scored by sex', () => {
    expect(ozeQuickTestLevel(4, 'unspecified')).toBeUndefined();
  });

  it.each([
    ['woman', 'female'],
    ['man', 'male'],
    [undefined, 'unspecified'],
    ['other', 'unspecified'],
  ] as const)('reads gender %j as %s', (gender, sex) => {
    expect(ozeSex(gender)).toBe(sex);
  });
});
