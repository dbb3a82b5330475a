import { describe, expect, it } from 'vitest';
import { InvalidDateError } from '../errors.js';
import type { WellbeingAssessmentInput } from './assessment.js';
import { createWellbeingAssessment, wellbeingDue, wellbeingEvolution } from './assessment.js';
import { InvalidWellbeingInputError } from './errors.js';

function anAssessment(overrides: Partial<WellbeingAssessmentInput> = {}) {
  return createWellbeingAssessment({
    id: 'a1',
    date: '2026-03-02',
    takenAt: '2026-03-02T18:00:00.000Z',
    who5: [3, 3, 3, 3, 3],
    context: 'start',
    ...overrides,
  });
}

describe('createWellbeingAssessment', () => {
  it('keeps the domains the person answered, apart from the WHO-5', () => {
    const assessment = anAssessment({ domains: { sleep: 'bad', work: 'very-good' } });
    expect(assessment.domains).toEqual({ sleep: 'bad', work: 'very-good' });
    expect(assessment.who5).toEqual([3, 3, 3, 3, 3]);
  });

  it.each([
    { overrides: { who5: [3, 3, 3] }, field: 'answers' },
    { overrides: { domains: { mood: 'good' } }, field: 'domains' },
    { overrides: { domains: { sleep: 'great' } }, field: 'domains.sleep' },
    { overrides: { id: '  ' }, field: 'id' },
    { overrides: { context: '' }, field: 'context' },
    { overrides: { takenAt: 'yesterday' }, field: 'takenAt' },
  ])('refuses a bad $field', ({ overrides, field }) => {
    expect(() => anAssessment(overrides)).toThrow(InvalidWellbeingInputError);
    expect(() => anAssessment(overrides)).toThrow(expect.objectContaining({ field }));
  });

  it('refuses a day that does not exist', () => {
    expect(() => anAssessment({ date: '2026-02-30' })).toThrow(InvalidDateError);
  });
});

describe('wellbeingEvolution', () => {
  it('orders by day and compares each score with the one before', () => {
    const points = wellbeingEvolution([
      anAssessment({ id: 'c', date: '2026-04-27', who5: [4, 4, 4, 4, 3] }),
      anAssessment({ id: 'a', date: '2026-03-02', who5: [2, 2, 2, 2, 2] }),
      anAssessment({ id: 'b', date: '2026-03-30', who5: [2, 2, 2, 2, 3] }),
    ]);
    expect(points).toEqual([
      { id: 'a', date: '2026-03-02', percent: 40, band: 'poor' },
      { id: 'b', date: '2026-03-30', percent: 44, band: 'poor', change: 'same' },
      { id: 'c', date: '2026-04-27', percent: 76, band: 'good', change: 'better' },
    ]);
  });

  it('orders two assessments of one day by instant', () => {
    const points = wellbeingEvolution([
      anAssessment({ id: 'late', takenAt: '2026-03-02T20:00:00.000Z' }),
      anAssessment({ id: 'early', takenAt: '2026-03-02T08:00:00.000Z' }),
    ]);
    expect(points.map((point) => point.id)).toEqual(['early', 'late']);
  });
});

describe('wellbeingDue', () => {
  it.each([
    { dates: [], today: '2026-03-02', expected: { due: true, reason: 'start' } },
    { dates: ['2026-03-02'], today: '2026-03-29', expected: { due: false, nextOn: '2026-03-30' } },
    { dates: ['2026-03-02'], today: '2026-03-30', expected: { due: true, reason: 'four-weeks' } },
    {
      dates: ['2026-03-02', '2026-03-20'],
      today: '2026-04-10',
      expected: { due: false, nextOn: '2026-04-17' },
    },
    // The change to summer time (29 March 2026 in France) does not move the calendar days.
    { dates: ['2026-03-10'], today: '2026-04-07', expected: { due: true, reason: 'four-weeks' } },
  ])('$dates, today $today', ({ dates, today, expected }) => {
    const history = dates.map((date, index) => anAssessment({ id: `a${String(index)}`, date }));
    expect(wellbeingDue(history, today)).toEqual(expected);
  });
});
