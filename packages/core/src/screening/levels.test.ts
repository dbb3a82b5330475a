import { describe, expect, it } from 'vitest';
import { auditZone } from './audit.js';
import { auditCLevel } from './auditC.js';
import { faceLevel } from './face.js';
import { isScreeningLevel, SCREENING_LEVELS, screeningLevelCode } from './levels.js';

describe('screening level codes', () => {
  it('lists every level the scoring functions return', () => {
    for (let total = 0; total <= 12; total += 1) {
      for (const sex of ['female', 'male', 'unspecified'] as const) {
        expect(SCREENING_LEVELS['audit-c']).toContain(auditCLevel(total, sex));
      }
    }
    for (let total = 0; total <= 20; total += 1) {
      for (const sex of ['female', 'male', 'unspecified'] as const) {
        expect(SCREENING_LEVELS.face).toContain(faceLevel(total, sex));
      }
    }
    for (let total = 0; total <= 40; total += 1) {
      expect(SCREENING_LEVELS.audit).toContain(screeningLevelCode({ zone: auditZone(total) }));
    }
  });

  it.each([
    ['audit-c', 'misuse', true],
    ['audit', 'zone-3', true],
    ['audit', 'misuse', false],
    ['face', 'zone-1', false],
    ['face', 'excessive', true],
  ] as const)('%s accepts %s: %s', (instrument, level, accepted) => {
    expect(isScreeningLevel(instrument, level)).toBe(accepted);
  });

  it('codes the AUDIT zone as zone-N and the other levels as themselves', () => {
    expect(screeningLevelCode({ zone: 2 })).toBe('zone-2');
    expect(screeningLevelCode({ level: 'dependence' })).toBe('dependence');
  });
});
