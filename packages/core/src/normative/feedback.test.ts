import { describe, expect, it } from 'vitest';
import { amountsFrom } from '../diary/diary.fixture.js';
import { weeklyReport } from '../diary/weeklyReport.js';
import { InvalidQuantityError } from '../errors.js';
import { NORMATIVE_FIGURES, NORMATIVE_SOURCE_DETAILS } from './barometre.js';
import { normativeFeedback, normativeFigure } from './feedback.js';

describe('normativeFigure', () => {
  it.each([
    { sex: 'male', ageBand: '18-24', percent: 27, year: 2021 },
    { sex: 'male', ageBand: '65-74', percent: 31, year: 2021 },
    { sex: 'male', ageBand: '25-64', percent: 33.2, year: 2020 },
    { sex: 'male', ageBand: null, percent: 33.2, year: 2020 },
    { sex: 'female', ageBand: '18-24', percent: 14.7, year: 2020 },
    { sex: 'female', ageBand: '75-plus', percent: 14.7, year: 2020 },
    { sex: 'unspecified', ageBand: '18-24', percent: 22, year: 2021 },
    { sex: 'unspecified', ageBand: undefined, percent: 22, year: 2021 },
  ] as const)('$sex $ageBand → $percent % ($year)', ({ sex, ageBand, percent, year }) => {
    const figure = normativeFigure(sex, ageBand);
    expect(figure.percentAboveReperes).toBe(percent);
    expect(NORMATIVE_SOURCE_DETAILS[figure.source].year).toBe(year);
  });

  it('cites a source with a link for every figure, and states a population in both languages', () => {
    for (const figure of NORMATIVE_FIGURES) {
      expect(NORMATIVE_SOURCE_DETAILS[figure.source].url).toMatch(/^https?:\/\//);
      expect(figure.population.fr.length).toBeGreaterThan(0);
      expect(figure.population.en.length).toBeGreaterThan(0);
      expect(figure.percentAboveReperes).toBeGreaterThan(0);
      expect(figure.percentAboveReperes).toBeLessThan(100);
    }
  });
});

/** Weekly reports of consecutive weeks from Monday 2026-03-02, each from 7 daily amounts. */
function weeks(...perWeek: (readonly number[])[]) {
  const mondays = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'];
  return perWeek.map((days, index) => {
    const monday = mondays[index] ?? '2026-03-02';
    return weeklyReport(amountsFrom(monday, days), monday);
  });
}

const within = [1, 2, 0, 1, 2, 1, 0];
const above = [3, 3, 3, 3, 3, 3, 3];

describe('normativeFeedback', () => {
  it.each([
    { name: 'two weeks within', given: weeks(within, within), standing: 'within', weeksAbove: 0 },
    { name: 'one of two above', given: weeks(within, above), standing: 'sometimes-above', weeksAbove: 1 },
    { name: 'two of three above', given: weeks(above, within, above), standing: 'above', weeksAbove: 2 },
    {
      name: 'a day above 2 drinks',
      given: weeks(within, [0, 0, 0, 0, 0, 0, 3]),
      standing: 'sometimes-above',
      weeksAbove: 1,
    },
    {
      name: 'no drink-free day',
      given: weeks([1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1]),
      standing: 'above',
      weeksAbove: 2,
    },
  ])('$name → $standing', ({ given, standing, weeksAbove }) => {
    const feedback = normativeFeedback({ sex: 'female', ageBand: '25-64' }, { kind: 'diary', weeks: given });
    expect(feedback).toMatchObject({ kind: 'comparison', standing, weeksAbove, weeksCounted: given.length });
  });

  it('needs two weeks of diary', () => {
    expect(
      normativeFeedback({ sex: 'male', ageBand: '18-24' }, { kind: 'diary', weeks: weeks(within) }),
    ).toEqual({
      kind: 'not-enough-data',
      weeksCounted: 1,
    });
  });

  it.each([
    { standardDrinksPerWeek: 10, standing: 'within-weekly-maximum' },
    { standardDrinksPerWeek: 10.5, standing: 'above' },
    { standardDrinksPerWeek: 0, standing: 'within-weekly-maximum' },
  ])('estimate of $standardDrinksPerWeek a week → $standing', ({ standardDrinksPerWeek, standing }) => {
    const feedback = normativeFeedback(
      { sex: 'male', ageBand: '25-64' },
      { kind: 'estimate', standardDrinksPerWeek },
    );
    expect(feedback).toMatchObject({ kind: 'comparison', standing });
  });

  it.each([
    { profile: { sex: 'female', ageBand: '25-64', pregnant: true }, reason: 'pregnancy' },
    { profile: { sex: 'male', ageBand: 'under-18' }, reason: 'under-18' },
    { profile: { sex: 'unspecified', ageBand: 'under-18' }, reason: 'under-18' },
  ] as const)('never compares when the repère is zero ($reason)', ({ profile, reason }) => {
    for (const drinking of [
      { kind: 'diary', weeks: weeks(within, within) },
      { kind: 'estimate', standardDrinksPerWeek: 2 },
    ] as const) {
      expect(normativeFeedback(profile, drinking)).toEqual({ kind: 'zero-repere', reason });
    }
  });

  it('says when the person is older than the surveyed adults', () => {
    const feedback = normativeFeedback(
      { sex: 'female', ageBand: '75-plus' },
      { kind: 'diary', weeks: weeks(within, within) },
    );
    expect(feedback).toMatchObject({ kind: 'comparison', outsideSurveyAges: true });
  });

  it('refuses a negative estimate', () => {
    expect(() =>
      normativeFeedback({ sex: 'male', ageBand: null }, { kind: 'estimate', standardDrinksPerWeek: -1 }),
    ).toThrow(InvalidQuantityError);
  });
});
