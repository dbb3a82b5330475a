import { describe, expect, it } from 'vitest';
import {
  EXTERNAL_SITUATIONS,
  isExternalSituation,
  isRiskSituation,
  RISK_SITUATIONS,
  situationsOfDay,
} from './situations.js';

describe('situationsOfDay', () => {
  it.each([
    { tags: [], mood: null, expected: [] },
    { tags: ['party', 'friends'], mood: null, expected: ['friends', 'party'] },
    { tags: ['stress'], mood: 'low', expected: ['stress', 'low-mood'] },
    { tags: [], mood: 'very-low', expected: ['low-mood'] },
    { tags: ['home'], mood: 'very-good', expected: ['home'] },
    { tags: ['unknown-tag', 'bored', 'bored'], mood: 'neutral', expected: ['bored'] },
  ] as const)('$tags with mood $mood → $expected', ({ tags, mood, expected }) => {
    expect(situationsOfDay(tags, mood)).toEqual(expected);
  });

  it('knows every external situation as external and nothing else', () => {
    for (const situation of RISK_SITUATIONS) {
      expect(isExternalSituation(situation)).toBe(
        (EXTERNAL_SITUATIONS as readonly string[]).includes(situation),
      );
    }
    expect(isRiskSituation('party')).toBe(true);
    expect(isRiskSituation('bar')).toBe(false);
    expect(isRiskSituation(3)).toBe(false);
  });
});
