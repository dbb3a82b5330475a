import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIT, scoreAudit } from '../screening/audit.js';
import { AUDIT_C, scoreAuditC } from '../screening/auditC.js';
import { FACE, scoreFace } from '../screening/face.js';
import { answersWithPoints, validAnswers } from '../screening/screening.fixture.js';
import { levelRank } from './levels.js';
import { repeatWeek, weeks } from './pathway.fixture.js';
import { recommendPathway } from './recommendPathway.js';
import { PATHWAY_SOURCES } from './sources.js';
import type { PathwayInput } from './types.js';

const audit = (points: number[], sex: 'male' | 'female' | 'unspecified' = 'male') =>
  scoreAudit(answersWithPoints(AUDIT, points), sex);
const codes = (input: PathwayInput): string[] => recommendPathway(input).reasons.map((reason) => reason.code);

describe('recommendPathway — screening rules', () => {
  it.each([
    { case: 'nothing known', input: {}, level: 'inform', caution: false, code: 'no-data' },
    {
      case: 'AUDIT-C low',
      input: { auditC: scoreAuditC([1, 0, 0], 'male') },
      level: 'inform',
      caution: false,
      code: 'audit-c-low',
    },
    {
      case: 'AUDIT-C 4 man',
      input: { auditC: scoreAuditC([2, 1, 1], 'male') },
      level: 'brief-intervention',
      caution: false,
      code: 'audit-c-misuse',
    },
    {
      case: 'AUDIT-C 3 woman',
      input: { auditC: scoreAuditC([1, 1, 1], 'female') },
      level: 'brief-intervention',
      caution: false,
      code: 'audit-c-misuse',
    },
    {
      case: 'AUDIT-C 10',
      input: { auditC: scoreAuditC([4, 3, 3], 'female') },
      level: 'specialist',
      caution: true,
      code: 'audit-c-dependence',
    },
    {
      case: 'AUDIT 4, items 1–3 low',
      input: { audit: audit([1, 1, 0, 0, 0, 0, 1, 1, 0, 0]) },
      level: 'inform',
      caution: false,
      code: 'audit-low',
    },
    {
      case: 'AUDIT 5 man, items 1–3 = 5 (AUDIT-C misuse)',
      input: { audit: audit([3, 2, 0, 0, 0, 0, 0, 0, 0, 0]) },
      level: 'brief-intervention',
      caution: false,
      code: 'audit-consumption-misuse',
    },
    {
      case: 'AUDIT 6 woman (SFA misuse)',
      input: { audit: audit([3, 2, 1, 0, 0, 0, 0, 0, 0, 0], 'female') },
      level: 'brief-intervention',
      caution: false,
      code: 'audit-misuse',
    },
    {
      case: 'AUDIT 6 unspecified (protective)',
      input: { audit: audit([3, 2, 1, 0, 0, 0, 0, 0, 0, 0], 'unspecified') },
      level: 'brief-intervention',
      caution: false,
      code: 'audit-misuse',
    },
    {
      case: 'AUDIT 6 man, items 1–3 = 6 (AUDIT-C misuse)',
      input: { audit: audit([3, 2, 1, 0, 0, 0, 0, 0, 0, 0], 'male') },
      level: 'brief-intervention',
      caution: false,
      code: 'audit-consumption-misuse',
    },
    {
      case: 'AUDIT 7 man (SFA misuse)',
      input: { audit: audit([3, 2, 2, 0, 0, 0, 0, 0, 0, 0], 'male') },
      level: 'brief-intervention',
      caution: false,
      code: 'audit-misuse',
    },
    {
      case: 'AUDIT 10 (zone II, SFA misuse)',
      input: { audit: audit([4, 2, 2, 0, 0, 0, 2, 0, 0, 0]) },
      level: 'brief-intervention',
      caution: false,
      code: 'audit-misuse',
    },
    {
      case: 'AUDIT 11 (SFA probable dependence)',
      input: { audit: audit([4, 2, 2, 0, 0, 0, 2, 1, 0, 0]) },
      level: 'specialist',
      caution: false,
      code: 'audit-probable-dependence',
    },
    {
      case: 'AUDIT 19 (zone III), items 1–3 = 11 (AUDIT-C dependence)',
      input: { audit: audit([4, 4, 3, 0, 0, 0, 2, 2, 0, 2], 'female') },
      level: 'specialist',
      caution: true,
      code: 'audit-consumption-dependence',
    },
    {
      case: 'AUDIT 20 (zone IV)',
      input: { audit: audit([4, 4, 4, 0, 0, 0, 4, 4, 0, 0]) },
      level: 'specialist',
      caution: true,
      code: 'audit-zone-4',
    },
    {
      case: 'FACE low',
      input: { face: scoreFace([2, 1, 0, 0, 0], 'male') },
      level: 'inform',
      caution: false,
      code: 'face-low',
    },
    {
      case: 'FACE 5 man',
      input: { face: scoreFace([4, 1, 0, 0, 0], 'male') },
      level: 'brief-intervention',
      caution: false,
      code: 'face-excessive',
    },
    {
      case: 'FACE 9 with little drinking (no withdrawal caution)',
      input: { face: scoreFace([1, 0, 1, 0, 1], 'female') },
      level: 'specialist',
      caution: false,
      code: 'face-dependence',
    },
  ] satisfies { case: string; input: PathwayInput; level: string; caution: boolean; code: string }[])(
    '$case → $level',
    ({ input, level, caution, code }) => {
      const result = recommendPathway(input);
      expect(result.level).toBe(level);
      expect(result.withdrawalCaution).toBe(caution);
      expect(result.reasons.map((reason) => reason.code)).toContain(code);
    },
  );

  it('escalates one level on AUDIT items 4–6 ≥ 2 and sets withdrawal caution (WHO)', () => {
    const result = recommendPathway({ audit: audit([2, 1, 0, 2, 0, 0, 0, 0, 0, 0]) });
    expect(result.reasons.map((reason) => reason.code)).toEqual(['audit-dependence-items', 'audit-low']);
    expect(result.level).toBe('brief-intervention');
    expect(result.withdrawalCaution).toBe(true);
    const misuse = recommendPathway({ audit: audit([4, 2, 1, 2, 0, 0, 0, 0, 0, 0]) });
    expect(misuse.reasons.find((reason) => reason.code === 'audit-dependence-items')?.level).toBe(
      'specialist',
    );
    expect(misuse.level).toBe('specialist');
  });

  it('treats morning drinking (AUDIT item 6, FACE Q4) as a dependence signal', () => {
    const viaAudit = recommendPathway({ audit: audit([2, 0, 0, 0, 0, 1, 0, 0, 0, 0]) });
    expect(viaAudit).toMatchObject({ level: 'brief-intervention', withdrawalCaution: true });
    expect(viaAudit.reasons[0]?.code).toBe('audit-morning-drinking');
    const viaFace = recommendPathway({ face: scoreFace([0, 0, 0, 1, 0], 'male') });
    expect(viaFace).toMatchObject({ level: 'brief-intervention', withdrawalCaution: true });
  });

  it('escalates on recent harm (item 9 or 10 = 4) without withdrawal caution', () => {
    const result = recommendPathway({ audit: audit([1, 0, 0, 0, 0, 0, 0, 0, 0, 4]) });
    expect(result).toMatchObject({ level: 'self-help', withdrawalCaution: false });
    expect(codes({ audit: audit([1, 0, 0, 0, 0, 0, 0, 0, 0, 4]) })).toContain('audit-recent-harm');
  });

  it('keeps the strongest level across instruments and cites a known source for every reason', () => {
    const result = recommendPathway({
      auditC: scoreAuditC([1, 0, 0], 'male'),
      face: scoreFace([4, 4, 1, 0, 0], 'male'),
    });
    expect(result.level).toBe('specialist');
    expect(result.reasons[0]?.code).toBe('face-dependence');
    for (const reason of result.reasons) expect(PATHWAY_SOURCES).toHaveProperty(reason.source);
  });
});

describe('recommendPathway — diary rules', () => {
  const withinWeek = [1, 1, 0, 2, 0, 2, 1];
  it.each([
    {
      case: 'weeks within the repères',
      input: repeatWeek(4, withinWeek),
      level: 'inform',
      code: 'diary-within-guidelines',
    },
    {
      case: 'one week above 10',
      input: weeks(withinWeek, [2, 2, 2, 2, 2, 1, 0]),
      level: 'self-help',
      code: 'diary-above-guidelines',
    },
    {
      case: 'two weeks above 10',
      input: repeatWeek(2, [2, 2, 2, 2, 2, 1, 0]),
      level: 'brief-intervention',
      code: 'diary-weeks-above-weekly-limit',
    },
    {
      case: 'one day of 6+',
      input: weeks([0, 0, 0, 0, 6, 0, 0]),
      level: 'self-help',
      code: 'diary-heavy-drinking-days',
    },
    {
      case: '6+ days in two weeks',
      input: repeatWeek(2, [0, 0, 0, 0, 6, 0, 0]),
      level: 'brief-intervention',
      code: 'diary-heavy-drinking-days',
    },
    {
      case: 'two weeks without a drink-free day',
      input: repeatWeek(2, [1, 1, 1, 1, 1, 1, 1]),
      level: 'self-help',
      code: 'diary-no-drink-free-day',
    },
    {
      case: 'four weeks without a drink-free day',
      input: repeatWeek(4, [1, 1, 1, 1, 1, 1, 1]),
      level: 'brief-intervention',
      code: 'diary-no-drink-free-day',
    },
    {
      case: 'daily heavy drinking for two weeks',
      input: repeatWeek(2, [6, 6, 6, 6, 6, 6, 6]),
      level: 'specialist',
      code: 'diary-daily-heavy-drinking',
    },
  ])('$case → $level', ({ input, level, code }) => {
    const result = recommendPathway({ recentWeeks: input });
    expect(result.level).toBe(level);
    expect(result.reasons.map((reason) => reason.code)).toContain(code);
  });

  it('sets withdrawal caution on daily heavy drinking only', () => {
    expect(recommendPathway({ recentWeeks: repeatWeek(2, [6, 6, 6, 6, 6, 6, 6]) }).withdrawalCaution).toBe(
      true,
    );
    expect(recommendPathway({ recentWeeks: repeatWeek(4, [3, 3, 3, 3, 3, 3, 3]) }).withdrawalCaution).toBe(
      false,
    );
  });

  it('quotes the numbers behind a reason', () => {
    const reason = recommendPathway({ recentWeeks: repeatWeek(3, [2, 2, 2, 2, 2, 1, 0]) }).reasons.find(
      (item) => item.code === 'diary-weeks-above-weekly-limit',
    );
    expect(reason?.data).toEqual({ weeks: 3 });
  });
});

describe('recommendPathway properties', () => {
  it('the level is the strongest reason, reasons come strongest first, caution implies a professional', () => {
    fc.assert(
      fc.property(
        validAnswers(AUDIT),
        validAnswers(AUDIT_C),
        validAnswers(FACE),
        fc.constantFrom('male', 'female', 'unspecified' as const),
        (auditAnswers, auditCAnswers, faceAnswers, sex) => {
          const result = recommendPathway({
            audit: scoreAudit(auditAnswers, sex),
            auditC: scoreAuditC(auditCAnswers, sex),
            face: scoreFace(faceAnswers, sex),
          });
          const ranks = result.reasons.map((reason) => levelRank(reason.level));
          expect(levelRank(result.level)).toBe(Math.max(...ranks));
          expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
          if (result.withdrawalCaution) expect(levelRank(result.level)).toBeGreaterThanOrEqual(2);
        },
      ),
    );
  });

  it('never lowers the level when an AUDIT-C answer goes up', () => {
    fc.assert(
      fc.property(validAnswers(AUDIT_C), fc.nat(2), (answers, item) => {
        fc.pre((answers[item] ?? 0) < 4);
        const raised = answers.map((answer, index) => (index === item ? answer + 1 : answer));
        const before = recommendPathway({ auditC: scoreAuditC(answers, 'male') });
        const after = recommendPathway({ auditC: scoreAuditC(raised, 'male') });
        expect(levelRank(after.level)).toBeGreaterThanOrEqual(levelRank(before.level));
      }),
    );
  });
});
