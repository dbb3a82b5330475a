import { describe, expect, it } from 'vitest';
import { amountsFrom } from '../diary/diary.fixture.js';
import { InvalidQuantityError } from '../errors.js';
import { scoreAudit } from '../screening/audit.js';
import { scoreAuditC } from '../screening/auditC.js';
import { scoreFace } from '../screening/face.js';
import { recommendPathway } from './recommendPathway.js';

describe('recommendPathway inputs', () => {
  it('uses the last result of each instrument from a list of screenings', () => {
    const result = recommendPathway({
      screenings: [
        scoreAuditC([4, 4, 4], 'male'),
        scoreFace([0, 0, 0, 0, 0], 'male'),
        scoreAuditC([1, 0, 0], 'male'),
      ],
    });
    expect(result.level).toBe('inform');
    expect(result.reasons.map((reason) => reason.code).sort()).toEqual(['audit-c-low', 'face-low']);
  });

  it('lets an explicit result win over the list', () => {
    const result = recommendPathway({
      auditC: scoreAuditC([4, 4, 4], 'male'),
      screenings: [scoreAuditC([0, 0, 0], 'male')],
    });
    expect(result.level).toBe('specialist');
  });

  it('reads the diary itself: the complete weeks before today', () => {
    const entries = [
      ...amountsFrom('2026-03-02', [6, 6, 6, 6, 6, 6, 6]),
      ...amountsFrom('2026-03-09', [6, 6, 6, 6, 6, 6, 6]),
      ...amountsFrom('2026-03-16', [1, 1, 0, 1, 1, 0, 0]),
    ];
    const result = recommendPathway({ diary: { entries, today: '2026-03-18' } });
    expect(result).toMatchObject({ level: 'specialist', withdrawalCaution: true });
    const oneWeek = recommendPathway({ diary: { entries, today: '2026-03-18', weeks: 1 } });
    expect(oneWeek.withdrawalCaution).toBe(false);
  });

  it('judges hand-built or older results by their total, with protective bounds when sex is missing', () => {
    expect(recommendPathway({ auditC: { total: 3 } }).level).toBe('brief-intervention');
    expect(recommendPathway({ auditC: { total: 3, sex: 'male' } }).level).toBe('inform');
    expect(recommendPathway({ face: { total: 4 } }).level).toBe('brief-intervention');
    expect(recommendPathway({ audit: { total: 22 } })).toMatchObject({
      level: 'specialist',
      withdrawalCaution: true,
    });
    const withPoints = recommendPathway({
      audit: { total: 3, itemPoints: [1, 0, 0, 0, 0, 2, 0, 0, 0, 0] },
    });
    expect(withPoints.reasons.map((reason) => reason.code)).toContain('audit-dependence-items');
  });

  it('refuses an impossible total', () => {
    expect(() => recommendPathway({ auditC: { total: 13 } })).toThrow(InvalidQuantityError);
    expect(() => recommendPathway({ audit: { total: Number.NaN } })).toThrow(RangeError);
  });

  it('scores with the protective thresholds when sex is omitted', () => {
    expect(scoreAuditC([1, 1, 1]).level).toBe('misuse');
    expect(scoreFace([4, 0, 0, 0, 0]).level).toBe('excessive');
    expect(scoreAudit(new Array<number>(10).fill(0)).sex).toBe('unspecified');
  });
});
