import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIT, scoreAudit } from '../screening/audit.js';
import { AUDIT_C, scoreAuditC } from '../screening/auditC.js';
import { FACE, scoreFace } from '../screening/face.js';
import { answersWithPoints, validAnswers } from '../screening/screening.fixture.js';
import { isDailyHeavyDrinkingWeek } from './diaryRules.js';
import { levelRank } from './levels.js';
import type { TestDay } from './pathway.fixture.js';
import { repeatWeek, weeks } from './pathway.fixture.js';
import { PATHWAY_RULES_VERSION, recommendPathway } from './recommendPathway.js';
import { screeningOutcome } from './screeningRules.js';
import type { PathwayInput } from './types.js';

/* The vectors issue 8 asks for, and the rules behind them (docs/clinical-rules.md §5). */

const codes = (input: PathwayInput): string[] => recommendPathway(input).reasons.map((reason) => reason.code);
const audit = (points: number[], sex: 'male' | 'female' | 'unspecified' = 'male') =>
  scoreAudit(answersWithPoints(AUDIT, points), sex);

describe('rules version', () => {
  it('is bumped for issue 8', () => {
    expect(PATHWAY_RULES_VERSION).toBe('1.2.0');
  });
});

describe('full AUDIT: items 1–3 are also scored as AUDIT-C', () => {
  it.each([
    { points: [4, 4, 3, 0, 0, 0, 0, 0, 0, 0], sex: 'male', level: 'specialist', caution: true },
    { points: [4, 3, 3, 0, 0, 0, 0, 0, 0, 0], sex: 'male', level: 'specialist', caution: true },
    { points: [4, 3, 2, 0, 0, 0, 0, 0, 0, 0], sex: 'male', level: 'brief-intervention', caution: false },
    { points: [2, 1, 0, 0, 0, 0, 0, 0, 0, 0], sex: 'male', level: 'inform', caution: false },
    { points: [2, 1, 0, 0, 0, 0, 0, 0, 0, 0], sex: 'female', level: 'brief-intervention', caution: false },
  ] as const)('items $points ($sex) → $level, caution $caution', ({ points, sex, level, caution }) => {
    const result = recommendPathway({ audit: audit([...points], sex) });
    expect(result).toMatchObject({ level, withdrawalCaution: caution });
  });

  it('AUDIT with items 1–3 = 4, 4, 3 → withdrawal caution (AUDIT-C ≥ 10)', () => {
    const result = recommendPathway({ audit: audit([4, 4, 3, 0, 0, 0, 0, 0, 0, 0]) });
    expect(result.withdrawalCaution).toBe(true);
    expect(result.reasons.find((reason) => reason.withdrawalCaution)).toMatchObject({
      code: 'audit-consumption-dependence',
      source: 'has-2021-audit-c',
      data: { total: 11 },
    });
  });

  it('never says less than the quick test on the same first three answers', () => {
    fc.assert(
      fc.property(
        validAnswers(AUDIT),
        fc.constantFrom('male', 'female', 'unspecified' as const),
        (answers, sex) => {
          const full = recommendPathway({ audit: scoreAudit(answers, sex) });
          const quick = recommendPathway({ auditC: scoreAuditC(answers.slice(0, 3), sex) });
          expect(levelRank(full.level)).toBeGreaterThanOrEqual(levelRank(quick.level));
          if (quick.withdrawalCaution) expect(full.withdrawalCaution).toBe(true);
        },
      ),
    );
  });
});

describe('a result says what the pathway says (label and advice from the same rule)', () => {
  it('AUDIT 7 man is not low risk; AUDIT 11–15 is probable dependence', () => {
    expect(screeningOutcome(audit([3, 2, 2, 0, 0, 0, 0, 0, 0, 0])).level).toBe('brief-intervention');
    expect(screeningOutcome(audit([4, 2, 2, 0, 0, 0, 2, 1, 0, 0])).level).toBe('specialist');
    expect(screeningOutcome(audit([4, 2, 2, 0, 0, 0, 2, 1, 0, 4])).level).toBe('specialist');
  });

  it('is the level and caution recommendPathway gives for that result alone', () => {
    const sex = fc.constantFrom('male', 'female', 'unspecified' as const);
    fc.assert(
      fc.property(validAnswers(AUDIT), validAnswers(AUDIT_C), validAnswers(FACE), sex, (a, c, f, s) => {
        for (const [result, input] of [
          [scoreAudit(a, s), { audit: scoreAudit(a, s) }],
          [scoreAuditC(c, s), { auditC: scoreAuditC(c, s) }],
          [scoreFace(f, s), { face: scoreFace(f, s) }],
        ] as const) {
          const outcome = screeningOutcome(result);
          const pathway = recommendPathway(input);
          expect(outcome.level).toBe(pathway.level);
          expect(outcome.withdrawalCaution).toBe(pathway.withdrawalCaution);
        }
      }),
    );
  });
});

describe('FACE: follow the source on what each score means', () => {
  it.each([
    {
      case: 'FACE 9 from a past remark and blackout, monthly drinking',
      answers: [1, 0, 1, 0, 1],
      caution: false,
    },
    { case: 'FACE 10, 4+ times a week, 5–6 drinks', answers: [4, 2, 0, 0, 1], caution: true },
    { case: 'FACE 12 with morning drinking', answers: [2, 2, 1, 1, 0], caution: true },
  ])('$case → specialist, caution $caution', ({ answers, caution }) => {
    const result = recommendPathway({ face: scoreFace(answers, 'male') });
    expect(result).toMatchObject({ level: 'specialist', withdrawalCaution: caution });
  });
});

describe('diary: only declared days are drink-free, daily heavy drinking by drinking day', () => {
  const tenOnSixBlank: TestDay[] = [10, 10, 10, 10, 10, 10, null];
  const tenOnSixDayOff: TestDay[] = [10, 10, 10, 10, 10, 10, 0];
  it.each([
    { case: 'four weeks of 10 on 6 days, 7th blank', input: repeatWeek(4, tenOnSixBlank), caution: true },
    {
      case: 'four weeks of 10 on 6 days, 7th a real day off',
      input: repeatWeek(4, tenOnSixDayOff),
      caution: true,
    },
    { case: 'two weeks of 6 on 5 days', input: repeatWeek(2, [6, 6, 6, 6, 6, 0, 0]), caution: true },
    { case: 'two weeks of 10 on 4 days', input: repeatWeek(2, [10, 10, 10, 10, 0, 0, 0]), caution: false },
    { case: 'one heavy week only', input: weeks(tenOnSixBlank, [1, 0, 1, 0, 1, 0, 0]), caution: false },
  ])('$case → caution $caution', ({ input, caution }) => {
    const result = recommendPathway({ recentWeeks: input });
    expect(result.withdrawalCaution).toBe(caution);
    if (caution) {
      expect(result.level).toBe('specialist');
      expect(codes({ recentWeeks: input })).toContain('diary-daily-heavy-drinking');
    }
  });

  it('four weeks of 10 drinks on 6 days with the 7th blank → specialist + caution, from the diary itself', () => {
    const entries = repeatWeek(4, tenOnSixBlank);
    expect(entries.every(isDailyHeavyDrinkingWeek)).toBe(true);
    const result = recommendPathway({ recentWeeks: entries });
    expect(result).toMatchObject({ level: 'specialist', withdrawalCaution: true });
  });

  it('a blank day is not a drink-free day: no « dans les repères » summary for a week with blanks', () => {
    expect(codes({ recentWeeks: repeatWeek(4, [1, 1, 1, 1, null, null, null]) })).not.toContain(
      'diary-within-guidelines',
    );
    expect(codes({ recentWeeks: repeatWeek(4, [1, 1, 1, 1, 0, null, null]) })).toContain(
      'diary-within-guidelines',
    );
  });

  it('weeks known to have no drink-free day need every day filled', () => {
    expect(codes({ recentWeeks: repeatWeek(4, [1, 1, 1, 1, 1, 1, null]) })).not.toContain(
      'diary-no-drink-free-day',
    );
    expect(codes({ recentWeeks: repeatWeek(4, [1, 1, 1, 1, 1, 1, 1]) })).toContain('diary-no-drink-free-day');
  });
});

describe('pregnancy and under 18: any drinking → at least a brief intervention', () => {
  const glass = weeks([1, 0, 0, 0, 0, 0, 0]);
  it.each([
    {
      case: 'pregnant, one glass in the diary',
      input: { pregnant: true, recentWeeks: glass },
      first: 'csapa',
    },
    {
      case: 'under 18, one glass in the diary',
      input: { ageBand: 'under-18', recentWeeks: glass },
      first: 'cjc',
    },
    {
      case: 'under 18, quick test low',
      input: { ageBand: 'under-18', auditC: scoreAuditC([1, 0, 0], 'male') },
      first: 'cjc',
    },
    {
      case: 'pregnant, quick test low',
      input: { pregnant: true, auditC: scoreAuditC([1, 0, 0], 'female') },
      first: 'csapa',
    },
  ] satisfies { case: string; input: PathwayInput; first: string }[])('$case', ({ input, first }) => {
    const result = recommendPathway(input);
    expect(levelRank(result.level)).toBeGreaterThanOrEqual(levelRank('brief-intervention'));
    expect(result.suggestedStructureTypes[0]).toBe(first);
  });
});
