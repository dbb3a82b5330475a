import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysOfWeek } from '../calendar/week.js';
import { isoDate } from '../calendar/date.js';
import { aDiaryEntry, diaryFrom } from './diary.fixture.js';
import { dayRecord } from './dayStatus.js';
import type { RepereProfile } from './reperes.js';
import { OLDER_ADULT_REPERES, STANDARD_REPERES, ZERO_REPERES, reperesFor } from './reperes.js';
import { weeklyReport } from './weeklyReport.js';

const MONDAY = '2026-03-23';

describe('reperesFor (SPF 2017, BEH 2023 n°17, pour-les-personnes-agees.gouv.fr)', () => {
  it.each<[string, RepereProfile, unknown, string | null, boolean]>([
    ['no profile', {}, STANDARD_REPERES, null, false],
    ['adult', { ageBand: '25-64' }, STANDARD_REPERES, null, false],
    ['pregnant', { ageBand: '25-64', pregnant: true }, ZERO_REPERES, 'pregnancy', false],
    ['under 18', { ageBand: 'under-18' }, ZERO_REPERES, 'minor', false],
    ['pregnant under 18', { ageBand: 'under-18', pregnant: true }, ZERO_REPERES, 'pregnancy', false],
    ['65–74', { ageBand: '65-74' }, OLDER_ADULT_REPERES, null, true],
    ['75+', { ageBand: '75-plus', pregnant: false }, OLDER_ADULT_REPERES, null, true],
    ['age unknown', { ageBand: null }, STANDARD_REPERES, null, false],
  ])('%s', (_, profile, limits, zeroReason, olderAdult) => {
    expect(reperesFor(profile)).toEqual({ limits, zeroReason, olderAdult });
  });

  it('gives the older-adult numbers: 7 a week, 2 a day, 2 drink-free days', () => {
    expect(OLDER_ADULT_REPERES).toEqual({ maxPerWeek: 7, maxPerDay: 2, minDrinkFreeDaysPerWeek: 2 });
  });
});

describe('zero repère: one glass is never « dans les repères »', () => {
  const oneGlass = diaryFrom(MONDAY, [1, 0, 0, 0, 0, 0, 0]);
  it.each([
    ['pregnant', { pregnant: true }],
    ['under 18', { ageBand: 'under-18' as const }],
  ])('%s: the day and the week are above', (_, profile) => {
    const { limits } = reperesFor(profile);
    expect(dayRecord(oneGlass, isoDate(MONDAY), limits).status).toBe('above-guidelines');
    const week = weeklyReport(oneGlass, MONDAY, limits);
    expect(week).toMatchObject({ status: 'above', withinGuidelines: false });
    expect(week.exceeded.dailyLimit).toBe(true);
  });

  it('a week of declared drink-free days is within the zero repère', () => {
    expect(weeklyReport(diaryFrom(MONDAY, [0, 0, 0, 0, 0, 0, 0]), MONDAY, ZERO_REPERES).status).toBe(
      'within',
    );
  });

  it('the same glass stays within the general repères', () => {
    expect(weeklyReport(oneGlass, MONDAY).status).toBe('within');
  });
});

describe('blank days are unknown, never drink-free (issue 8)', () => {
  it.each<[string, (number | null)[], Record<string, unknown>]>([
    [
      'empty week',
      [null, null, null, null, null, null, null],
      { unknownDays: 7, drinkFreeDays: 0, status: 'unknown' },
    ],
    [
      '1 a day, Sunday blank',
      [1, 1, 1, 1, 1, 1, null],
      { drinkingDays: 6, unknownDays: 1, status: 'unknown' },
    ],
    ['1 a day, Sunday declared', [1, 1, 1, 1, 1, 1, 0], { drinkFreeDays: 1, status: 'within' }],
    ['1 every day', [1, 1, 1, 1, 1, 1, 1], { drinkFreeDays: 0, status: 'above' }],
    [
      '10 a day on 6 days, 7th blank',
      [10, 10, 10, 10, 10, 10, null],
      { drinkingDays: 6, unknownDays: 1, drinksPerDrinkingDay: 10, status: 'above' },
    ],
  ])('%s', (_, perDay, expected) => {
    expect(weeklyReport(diaryFrom(MONDAY, perDay), MONDAY)).toMatchObject(expected);
  });

  it('entries alone declare nothing: days without an entry are blank', () => {
    expect(
      weeklyReport(diaryFrom(MONDAY, [2, null, null, null, null, null, null]).entries, MONDAY),
    ).toMatchObject({
      unknownDays: 6,
      drinkFreeDays: 0,
      status: 'unknown',
    });
  });

  it('a drink at or under 1.2 % ABV (« sans alcool », CSP L3321-1) keeps the day drink-free', () => {
    const entries = [aDiaryEntry({ date: MONDAY, drinkId: 'beer-low-alcohol', quantity: 3 })];
    expect(dayRecord({ entries }, isoDate(MONDAY), ZERO_REPERES).status).toBe('drink-free');
    expect(weeklyReport(entries, MONDAY).totalStandardDrinks).toBe(0);
    const panache = [aDiaryEntry({ date: MONDAY, drinkId: 'panache' })];
    expect(dayRecord({ entries: panache }, isoDate(MONDAY)).status).toBe('within-guidelines');
  });

  it('counts every day once and only calls a week within when each repère is known to be kept', () => {
    const day = fc.option(fc.integer({ min: 0, max: 12 }), { nil: null });
    fc.assert(
      fc.property(fc.array(day, { minLength: 7, maxLength: 7 }), fc.boolean(), (perDay, zero) => {
        const limits = zero ? ZERO_REPERES : STANDARD_REPERES;
        const week = weeklyReport(diaryFrom(MONDAY, perDay), MONDAY, limits);
        expect(week.drinkFreeDays + week.drinkingDays + week.unknownDays).toBe(7);
        expect(week.unknownDays).toBe(perDay.filter((drinks) => drinks === null).length);
        expect(week.days).toEqual(daysOfWeek(isoDate(MONDAY)));
        if (week.status === 'within') {
          expect(week.totalStandardDrinks).toBeLessThanOrEqual(limits.maxPerWeek);
          expect(week.drinkFreeDays).toBeGreaterThanOrEqual(limits.minDrinkFreeDaysPerWeek);
        }
        if (zero && week.totalStandardDrinks > 0) expect(week.status).toBe('above');
      }),
    );
  });
});
