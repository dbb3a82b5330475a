import { describe, expect, it } from 'vitest';
import { InvalidSupportInputError } from './errors.js';
import { createMotivationState, EMPTY_MOTIVATION, hasMotivation, MAX_BALANCE_ITEMS } from './motivation.js';
import { createRulerReading, latestRulerReadings } from './rulers.js';

const AT = '2026-03-02T10:00:00.000Z';
const base = { reasons: [], ownWords: '', riskSituations: [], balance: { gains: [], costs: [] } };

describe('createMotivationState', () => {
  it('keeps reasons and situations in catalogue order, trims texts and drops empty balance lines', () => {
    const state = createMotivationState(
      {
        reasons: ['money', 'health'],
        ownWords: '  Pour mes enfants  ',
        riskSituations: ['stress', 'party'],
        balance: { gains: [' dormir mieux ', ''], costs: ['  '] },
      },
      AT,
    );
    expect(state).toEqual({
      reasons: ['health', 'money'],
      ownWords: 'Pour mes enfants',
      riskSituations: ['party', 'stress'],
      balance: { gains: ['dormir mieux'], costs: [] },
      updatedAt: AT,
    });
    expect(hasMotivation(state)).toBe(true);
    expect(hasMotivation(EMPTY_MOTIVATION)).toBe(false);
  });

  it.each([
    { input: { ...base, reasons: ['fame'] }, field: 'reasons', code: 'unknown-value' },
    { input: { ...base, reasons: ['sleep', 'sleep'] }, field: 'reasons', code: 'duplicate' },
    { input: { ...base, riskSituations: ['bar'] }, field: 'riskSituations', code: 'unknown-value' },
    { input: { ...base, ownWords: 'x'.repeat(1001) }, field: 'ownWords', code: 'too-long' },
    {
      input: {
        ...base,
        balance: { gains: Array.from({ length: MAX_BALANCE_ITEMS + 1 }, () => 'a'), costs: [] },
      },
      field: 'balance.gains',
      code: 'too-many',
    },
    {
      input: { ...base, balance: { gains: [], costs: ['y'.repeat(201)] } },
      field: 'balance.costs[0]',
      code: 'too-long',
    },
  ])('refuses $field ($code)', ({ input, field, code }) => {
    expect(() => createMotivationState(input, AT)).toThrow(expect.objectContaining({ field, code }));
    expect(() => createMotivationState(input, AT)).toThrow(InvalidSupportInputError);
  });
});

describe('rulers', () => {
  const reading = (kind: 'importance' | 'confidence', value: number, takenAt: string) =>
    createRulerReading({ id: `${kind}-${takenAt}`, kind, value, takenAt, context: 'motivation' });

  it.each([0, 5, 10])('accepts %i', (value) => {
    expect(reading('importance', value, AT).value).toBe(value);
  });

  it.each([-1, 11, 4.5, Number.NaN])('refuses %d', (value) => {
    expect(() => reading('importance', value, AT)).toThrow(InvalidSupportInputError);
  });

  it('keeps the latest reading of each kind', () => {
    const latest = latestRulerReadings([
      reading('importance', 4, '2026-03-01T10:00:00.000Z'),
      reading('importance', 7, '2026-03-09T10:00:00.000Z'),
      reading('confidence', 3, '2026-03-05T10:00:00.000Z'),
    ]);
    expect(latest.importance?.value).toBe(7);
    expect(latest.confidence?.value).toBe(3);
    expect(latest.readiness).toBeUndefined();
  });
});
