import { describe, expect, it } from 'vitest';
import { InvalidSupportInputError } from './errors.js';
import { plansFor } from './plans.js';
import { aPlan } from './support.fixture.js';

describe('createPlan', () => {
  it.each([
    { overrides: { situation: 'bar' }, field: 'situation' },
    { overrides: { thenText: '   ' }, field: 'thenText' },
    { overrides: { thenText: 'x'.repeat(301) }, field: 'thenText' },
    { overrides: { ifText: 'x'.repeat(301) }, field: 'ifText' },
  ])('refuses a bad $field', ({ overrides, field }) => {
    expect(() => aPlan(overrides)).toThrow(expect.objectContaining({ field }));
    expect(() => aPlan(overrides)).toThrow(InvalidSupportInputError);
  });

  it('trims both texts and keeps an empty « si »', () => {
    const plan = aPlan({ ifText: '  ', thenText: '  je sors marcher ' });
    expect(plan.ifText).toBe('');
    expect(plan.thenText).toBe('je sors marcher');
  });
});

describe('plansFor', () => {
  const stress = aPlan({ situation: 'stress', createdAt: '2026-03-03T10:00:00.000Z' });
  const partyLate = aPlan({ situation: 'party', createdAt: '2026-03-05T10:00:00.000Z' });
  const partyEarly = aPlan({ situation: 'party', createdAt: '2026-03-01T10:00:00.000Z' });
  const home = aPlan({ situation: 'home' });

  it.each([
    { situations: [], expected: [] },
    { situations: ['party'], expected: [partyEarly, partyLate] },
    { situations: ['stress', 'party'], expected: [partyEarly, partyLate, stress] },
    { situations: ['work'], expected: [] },
  ] as const)('$situations', ({ situations, expected }) => {
    expect(plansFor(situations, [stress, partyLate, home, partyEarly])).toEqual(expected);
  });
});
