import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildYearReport } from './impact-report.js';
import type { PatientCount, RequestTiming, UsageMonthCount, YearInput } from './impact-report.js';

const MONTHS = ['2026-01', '2026-02', '2026-03'];

function aPatient(overrides: Partial<PatientCount> = {}): PatientCount {
  return {
    month: '2026-01',
    via: 'request',
    structureId: 'curated-a',
    ageBand: null,
    sex: null,
    level: null,
    departement: '75',
    count: 1,
    ...overrides,
  };
}

function input(overrides: Partial<YearInput> = {}): YearInput {
  return {
    months: MONTHS,
    usage: [],
    patients: [],
    requests: [],
    structureNames: new Map([['curated-a', 'CSAPA A']]),
    checkpointMonths: MONTHS,
    ...overrides,
  };
}

/** Every `{ value }` anywhere in a report: the published counts. */
function publishedValues(node: unknown): number[] {
  if (Array.isArray(node)) return node.flatMap(publishedValues);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = typeof record.value === 'number' && Object.keys(record).length === 1 ? [record.value] : [];
  return [...own, ...Object.values(record).flatMap(publishedValues)];
}

describe('one programme year of the impact table', () => {
  it('publishes monthly users and their total, with counts below 5 suppressed', () => {
    const usage: UsageMonthCount[] = [
      { month: '2026-01', metric: 'first-open', dimension: '', count: 40 },
      { month: '2026-02', metric: 'first-open', dimension: '', count: 3 },
      { month: '2026-03', metric: 'first-open', dimension: '', count: 12 },
    ];
    const report = buildYearReport(input({ usage }));
    expect(report.usage?.users.byMonth).toEqual([
      { value: 40 },
      { suppressed: 'below-threshold' },
      { suppressed: 'complementary' },
    ]);
    expect(report.usage?.users.total).toEqual({ value: 55 });
  });

  it('counts patients from requests and invitations, hiding a month’s small part and its complement', () => {
    const patients = [
      aPatient({ count: 3 }),
      aPatient({ via: 'invitation', count: 9, departement: null }),
      aPatient({ month: '2026-02', count: 20, ageBand: '25-64' }),
      aPatient({ month: '2026-03', via: 'invitation', count: 10, departement: null }),
    ];
    const report = buildYearReport(input({ patients }));
    expect(report.patients.viaRequests.byMonth[0]).toEqual({ suppressed: 'below-threshold' });
    expect(report.patients.viaInvitations.byMonth[0]).toEqual({ suppressed: 'complementary' });
    expect(report.patients.all.byMonth[0]).toEqual({ value: 12 });
    expect(report.patients.all.total).toEqual({ value: 42 });
    expect(report.patients.byAgeBand.categories.find((c) => c.key === '25-64')?.count).toEqual({ value: 20 });
    expect(report.patients.byAgeBand.categories.find((c) => c.key === 'not-said')?.count).toEqual({
      value: 22,
    });
  });

  it('publishes the 48 h share and the median only with at least 5 requests behind them', () => {
    const requests: RequestTiming[] = [
      ...Array.from({ length: 6 }, (_, index) => ({
        month: '2026-01',
        hoursToContact: 10 + index,
        settled: true,
        answeredWithin48h: true,
      })),
      ...Array.from({ length: 5 }, () => ({
        month: '2026-01',
        hoursToContact: null,
        settled: true,
        answeredWithin48h: false,
      })),
      { month: '2026-02', hoursToContact: 3, settled: true, answeredWithin48h: true },
    ];
    const report = buildYearReport(input({ requests }));
    expect(report.requests.answeredWithin48h.byMonth).toEqual([6 / 11, null, null]);
    expect(report.requests.medianHoursToFirstContact.byMonth[0]).toBe(12.5);
    expect(report.requests.medianHoursToFirstContact.byMonth[1]).toBeNull();
    expect(report.requests.created.byMonth).toEqual([
      { value: 11 },
      { suppressed: 'below-threshold' },
      { suppressed: 'below-threshold' },
    ]);
  });

  it('gives structures their names in the platform view', () => {
    const report = buildYearReport(input({ patients: [aPatient({ count: 7 })] }));
    expect(report.patients.byStructure?.categories).toEqual([
      { key: 'curated-a', label: 'CSAPA A', count: { value: 7 } },
    ]);
    expect(buildYearReport(input({ structureNames: undefined })).patients.byStructure).toBeUndefined();
  });

  const months = fc.constantFrom(...MONTHS);
  const patientRows = fc.array(
    fc.record({
      month: months,
      via: fc.constantFrom('request' as const, 'invitation' as const),
      structureId: fc.constantFrom('curated-a', 'curated-b', null),
      ageBand: fc.constantFrom('18-24', '25-64', null),
      sex: fc.constantFrom('female', 'male', null),
      level: fc.constantFrom('low', 'misuse', null),
      departement: fc.constantFrom('75', '93', null),
      count: fc.integer({ min: 1, max: 8 }),
    }),
    { maxLength: 25 },
  );
  const usageRows = fc.array(
    fc.record({
      month: months,
      metric: fc.constantFrom('first-open', 'active-month', 'quick-test', 'active-month-age'),
      dimension: fc.constantFrom('', 'low', '25-64'),
      count: fc.integer({ min: 1, max: 8 }),
    }),
    { maxLength: 25 },
  );

  it('never publishes a count between 0 and 4, whatever the data', () => {
    fc.assert(
      fc.property(patientRows, usageRows, (patients, usage) => {
        const report = buildYearReport(input({ patients, usage }));
        for (const value of publishedValues({ ...report, table: undefined })) {
          expect(value).toBeGreaterThanOrEqual(5);
        }
      }),
    );
  });
});
