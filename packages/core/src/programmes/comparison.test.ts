import { describe, expect, it } from 'vitest';
import type { ScoredResult } from './comparison.js';
import { compareResults, resultAfter, resultBefore } from './comparison.js';

const result = (instrument: string, total: number | null, takenAt: string): ScoredResult => ({
  instrument,
  total,
  takenAt,
});

describe('compareResults', () => {
  it.each<[ScoredResult, ScoredResult, string, number]>([
    [
      result('audit-c', 7, '2026-01-01T10:00:00.000Z'),
      result('audit-c', 4, '2026-02-01T10:00:00.000Z'),
      'lower',
      -3,
    ],
    [
      result('audit', 12, '2026-01-01T10:00:00.000Z'),
      result('audit', 12, '2026-02-01T10:00:00.000Z'),
      'same',
      0,
    ],
    [
      result('audit-c', 3, '2026-01-01T10:00:00.000Z'),
      result('audit-c', 5, '2026-02-01T10:00:00.000Z'),
      'higher',
      2,
    ],
  ])('compares two results of the same questionnaire', (before, after, direction, change) => {
    expect(compareResults(before, after)).toMatchObject({ kind: 'comparable', direction, change });
  });

  it('does not compare different questionnaires, missing results or results without a total', () => {
    const auditC = result('audit-c', 7, '2026-01-01T10:00:00.000Z');
    expect(compareResults(auditC, result('audit', 7, '2026-02-01T10:00:00.000Z')).kind).toBe(
      'not-comparable',
    );
    expect(compareResults(undefined, auditC).kind).toBe('not-comparable');
    expect(compareResults(auditC, undefined).kind).toBe('not-comparable');
    expect(compareResults(result('face', null, 'x'), result('face', null, 'y')).kind).toBe('not-comparable');
  });
});

describe('resultBefore / resultAfter', () => {
  const results = [
    result('audit-c', 8, '2026-01-01T10:00:00.000Z'),
    result('audit-c', 7, '2026-01-05T10:00:00.000Z'),
    result('audit', 15, '2026-02-10T10:00:00.000Z'),
    result('audit-c', 5, '2026-02-09T10:00:00.000Z'),
  ];

  it('finds the newest result on or before the start, and the newest after it', () => {
    expect(resultBefore(results, '2026-01-06T00:00:00.000Z')?.total).toBe(7);
    expect(resultBefore(results, '2025-12-31T00:00:00.000Z')).toBeUndefined();
    expect(resultAfter(results, '2026-01-06T00:00:00.000Z', 'audit-c')?.total).toBe(5);
    expect(resultAfter(results, '2026-01-06T00:00:00.000Z')?.total).toBe(15);
    expect(resultAfter(results, '2026-03-01T00:00:00.000Z')).toBeUndefined();
  });
});
