import { describe, expect, it } from 'vitest';
import { amountsFrom, dates } from './diary.fixture.js';
import { recentWeeklyReports } from './recentWeeks.js';

describe('recentWeeklyReports', () => {
  const entries = [
    ...amountsFrom('2026-03-02', [1, 1, 1, 1, 1, 0, 0]),
    ...amountsFrom('2026-03-09', [3, 3, 3, 3, 0, 0, 0]),
    ...amountsFrom('2026-03-23', [1, 0, 0, 0, 0, 0, 0]),
  ];

  it('returns the complete weeks before the current one, most recent first, skipping mostly empty weeks', () => {
    const reports = recentWeeklyReports({ entries }, '2026-03-25', 4);
    expect(reports.map((report) => report.weekStart)).toEqual(['2026-03-09', '2026-03-02']);
    expect(reports[0]?.totalStandardDrinks).toBe(12);
  });

  it('counts declared drink-free days as filled', () => {
    const drinkFreeDays = dates('2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19');
    const reports = recentWeeklyReports({ entries, drinkFreeDays }, '2026-03-25', 4);
    expect(reports.map((report) => report.weekStart)).toEqual(['2026-03-16', '2026-03-09', '2026-03-02']);
  });

  it('refuses a count that is not a positive integer', () => {
    expect(() => recentWeeklyReports({ entries }, '2026-03-25', 0)).toThrow(RangeError);
  });
});
