import { describe, expect, it } from 'vitest';
import type { PathwayReasonCode } from '../pathway/types.js';
import { articlesForPathway } from './forPathway.js';

const pathway = (
  level: 'inform' | 'self-help' | 'brief-intervention' | 'specialist',
  withdrawalCaution: boolean,
  codes: PathwayReasonCode[] = [],
) => ({
  level,
  withdrawalCaution,
  reasons: codes.map((code) => ({ code, level, source: 'oz-clinical-choice' as const, withdrawalCaution })),
});

describe('articlesForPathway', () => {
  it.each([
    {
      name: 'low risk',
      input: pathway('inform', false),
      expected: ['reperes', 'standard-drink', 'cravings'],
    },
    {
      name: 'self-help',
      input: pathway('self-help', false),
      expected: ['reperes', 'standard-drink', 'cravings'],
    },
    {
      name: 'brief intervention',
      input: pathway('brief-intervention', false),
      expected: ['getting-help', 'reperes', 'standard-drink'],
    },
    {
      name: 'withdrawal caution comes first',
      input: pathway('specialist', true),
      expected: ['withdrawal', 'getting-help', 'reperes'],
    },
    {
      name: 'pregnancy before everything',
      input: pathway('specialist', true, ['pregnancy']),
      expected: ['pregnancy', 'withdrawal', 'getting-help'],
    },
  ])('$name', ({ input, expected }) => {
    expect(articlesForPathway(input)).toEqual(expected);
  });
});
