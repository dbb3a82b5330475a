// Builds one programme year of the impact dashboard from aggregated rows (no identity anywhere in them), with
// every published count going through one CellTable so that small counts are suppressed consistently.
import {
  AGE_BANDS,
  CAME_FROM_SOURCES,
  PROGRAMME_IDS,
  publishMedian,
  publishShare,
  QUALITY_OF_LIFE_CHANGE_BANDS,
  QUICK_TEST_LEVELS,
  STATISTICS_SEXES,
} from '@oz/core';
import type { Distribution, ImpactReport, MonthlySeries } from '@oz/contracts';
import { CellTable } from './cell-table.js';

/** One day-counter of the app's anonymous counts, summed by month ('' = the metric has no dimension). */
export interface UsageMonthCount {
  readonly month: string;
  readonly metric: string;
  readonly dimension: string;
  readonly count: number;
}

/** Patients of one month, grouped by what the request said (all null for accepted invitations). */
export interface PatientCount {
  readonly month: string;
  readonly via: 'request' | 'invitation';
  readonly structureId: string | null;
  readonly ageBand: string | null;
  readonly sex: string | null;
  readonly level: string | null;
  readonly departement: string | null;
  readonly count: number;
}

/** One request created in the year: how long until the first contact, and whether the 48 h promise held. */
export interface RequestTiming {
  readonly month: string;
  /** Null while nobody has reached the person. */
  readonly hoursToContact: number | null;
  /** The deadline passed or the person was contacted: the request counts for the 48 h share. */
  readonly settled: boolean;
  readonly answeredWithin48h: boolean;
}

export interface YearInput {
  readonly months: readonly string[];
  /** Absent for a structure's view: the app's counts are not per structure. */
  readonly usage: readonly UsageMonthCount[] | undefined;
  readonly patients: readonly PatientCount[];
  readonly requests: readonly RequestTiming[];
  /** Structure id → name, for the platform's « by structure » rows; undefined in a structure's view. */
  readonly structureNames: ReadonlyMap<string, string> | undefined;
  /** Months of the 6-month checkpoint when they fall in this year (year 1). */
  readonly checkpointMonths: readonly string[];
}

export const PLATFORM_TEAM_KEY = 'platform-team';
const NOT_SAID = 'not-said';

function series(table: CellTable, prefix: string, months: readonly string[]): MonthlySeries {
  return {
    byMonth: months.map((month) => table.get(`${prefix}:${month}`)),
    total: table.get(`${prefix}:total`),
  };
}

/** Cells `prefix:<key>` for each category; with `restOf`, a « not said » cell makes them add up to that total. */
function addDistribution(
  table: CellTable,
  prefix: string,
  counts: ReadonlyMap<string, number>,
  restOf?: string,
): { keys: string[]; total: string } {
  const keys = [...counts.keys()];
  for (const key of keys) table.set(`${prefix}:${key}`, counts.get(key) ?? 0);
  const parts = keys.map((key) => `${prefix}:${key}`);
  if (restOf === undefined) {
    table.sum(`${prefix}:total`, parts);
    return { keys, total: `${prefix}:total` };
  }
  const said = parts.reduce((sum, id) => sum + table.value(id), 0);
  table.set(`${prefix}:${NOT_SAID}`, Math.max(0, table.value(restOf) - said));
  table.relate(restOf, [...parts, `${prefix}:${NOT_SAID}`]);
  return { keys: [...keys, NOT_SAID], total: restOf };
}

function distribution(
  table: CellTable,
  prefix: string,
  shape: { keys: string[]; total: string },
  labels?: ReadonlyMap<string, string>,
): Distribution {
  return {
    categories: shape.keys.map((key) => {
      const label = labels?.get(key);
      return { key, ...(label === undefined ? {} : { label }), count: table.get(`${prefix}:${key}`) };
    }),
    total: table.get(shape.total),
  };
}

function countsBy<T>(
  rows: readonly T[],
  keys: readonly string[],
  keyOf: (row: T) => string | null,
  countOf: (row: T) => number,
): Map<string, number> {
  const counts = new Map(keys.map((key) => [key, 0]));
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null && counts.has(key)) counts.set(key, (counts.get(key) ?? 0) + countOf(row));
  }
  return counts;
}

function addMonthly(
  table: CellTable,
  prefix: string,
  months: readonly string[],
  valueOf: (m: string) => number,
): void {
  for (const month of months) table.set(`${prefix}:${month}`, valueOf(month));
  table.sum(
    `${prefix}:total`,
    months.map((month) => `${prefix}:${month}`),
  );
}

/** Cells are added at once; the returned function publishes them once every section has added its own. */
type Render<T> = () => T;

function usageSection(
  table: CellTable,
  input: YearInput,
  usage: readonly UsageMonthCount[],
): Render<ImpactReport['usage']> {
  const { months } = input;
  const count = (metric: string, month?: string, dimension = ''): number =>
    usage
      .filter(
        (row) =>
          row.metric === metric &&
          row.dimension === dimension &&
          (month === undefined || row.month === month),
      )
      .reduce((sum, row) => sum + row.count, 0);
  const dimensionCounts = (metric: string, keys: readonly string[]): Map<string, number> =>
    countsBy(
      usage.filter((row) => row.metric === metric),
      keys,
      (row) => row.dimension,
      (row) => row.count,
    );
  addMonthly(table, 'users', months, (month) => count('first-open', month));
  addMonthly(table, 'active', months, (month) => count('active-month', month));
  const age = addDistribution(table, 'age', dimensionCounts('active-month-age', AGE_BANDS), 'active:total');
  const sex = addDistribution(
    table,
    'sex',
    dimensionCounts('active-month-sex', STATISTICS_SEXES),
    'active:total',
  );
  const shapes = {
    quick: addDistribution(table, 'quick', dimensionCounts('quick-test', QUICK_TEST_LEVELS)),
    came: addDistribution(table, 'came', dimensionCounts('came-from', CAME_FROM_SOURCES)),
    qol: addDistribution(
      table,
      'qol',
      dimensionCounts('quality-of-life-change', QUALITY_OF_LIFE_CHANGE_BANDS),
    ),
    started: addDistribution(table, 'started', dimensionCounts('programme-started', PROGRAMME_IDS)),
    finished: addDistribution(table, 'finished', dimensionCounts('programme-finished', PROGRAMME_IDS)),
  };
  if (input.checkpointMonths.length > 0)
    table.sum(
      'users:6m',
      input.checkpointMonths.map((m) => `users:${m}`),
    );
  return () => ({
    users: series(table, 'users', months),
    activeUsers: series(table, 'active', months),
    byAgeBand: distribution(table, 'age', age),
    bySex: distribution(table, 'sex', sex),
    quickTestLevel: distribution(table, 'quick', shapes.quick),
    cameFrom: distribution(table, 'came', shapes.came),
    qualityOfLifeChange: distribution(table, 'qol', shapes.qol),
    programmesStarted: distribution(table, 'started', shapes.started),
    programmesFinished: distribution(table, 'finished', shapes.finished),
  });
}

function patientsSection(table: CellTable, input: YearInput): Render<ImpactReport['patients']> {
  const { months, patients } = input;
  const monthly = (via: PatientCount['via'], month: string): number =>
    patients.filter((row) => row.via === via && row.month === month).reduce((sum, row) => sum + row.count, 0);
  addMonthly(table, 'req', months, (month) => monthly('request', month));
  addMonthly(table, 'inv', months, (month) => monthly('invitation', month));
  for (const month of months) table.sum(`pat:${month}`, [`req:${month}`, `inv:${month}`]);
  table.sum(
    'pat:total',
    months.map((month) => `pat:${month}`),
  );
  table.relate('pat:total', ['req:total', 'inv:total']);
  if (input.checkpointMonths.length > 0)
    table.sum(
      'pat:6m',
      input.checkpointMonths.map((m) => `pat:${m}`),
    );
  const by = (keyOf: (row: PatientCount) => string | null, keys: readonly string[]): Map<string, number> =>
    countsBy(patients, keys, keyOf, (row) => row.count);
  const departements = [...new Set(patients.map((row) => row.departement).filter((d) => d !== null))].sort();
  const shapes = {
    age: addDistribution(
      table,
      'p-age',
      by((row) => row.ageBand, AGE_BANDS),
      'pat:total',
    ),
    sex: addDistribution(
      table,
      'p-sex',
      by((row) => row.sex, STATISTICS_SEXES),
      'pat:total',
    ),
    level: addDistribution(
      table,
      'p-level',
      by((row) => row.level, QUICK_TEST_LEVELS),
      'pat:total',
    ),
    dep: addDistribution(
      table,
      'p-dep',
      by((row) => row.departement, departements),
      'pat:total',
    ),
  };
  const names = input.structureNames;
  const keyOf = (row: PatientCount): string => row.structureId ?? PLATFORM_TEAM_KEY;
  const structureKeys = [...new Set(patients.map(keyOf))].sort();
  const structureShape =
    names === undefined ? undefined : addDistribution(table, 'p-str', by(keyOf, structureKeys));
  if (structureShape !== undefined) {
    table.relate(
      'pat:total',
      structureKeys.map((key) => `p-str:${key}`),
    );
  }
  return () => ({
    all: series(table, 'pat', months),
    viaRequests: series(table, 'req', months),
    viaInvitations: series(table, 'inv', months),
    byAgeBand: distribution(table, 'p-age', shapes.age),
    bySex: distribution(table, 'p-sex', shapes.sex),
    byQuickTestLevel: distribution(table, 'p-level', shapes.level),
    byDepartement: distribution(table, 'p-dep', shapes.dep),
    ...(structureShape === undefined
      ? {}
      : { byStructure: distribution(table, 'p-str', structureShape, names) }),
  });
}

function requestsSection(table: CellTable, input: YearInput): Render<ImpactReport['requests']> {
  const { months, requests } = input;
  addMonthly(table, 'created', months, (month) => requests.filter((row) => row.month === month).length);
  const share = (rows: readonly RequestTiming[]): number | null => {
    const settled = rows.filter((row) => row.settled);
    return publishShare(settled.filter((row) => row.answeredWithin48h).length, settled.length) ?? null;
  };
  const median = (rows: readonly RequestTiming[]): number | null =>
    publishMedian(rows.flatMap((row) => (row.hoursToContact === null ? [] : [row.hoursToContact]))) ?? null;
  const ofMonth = (month: string): RequestTiming[] => requests.filter((row) => row.month === month);
  return () => ({
    created: series(table, 'created', months),
    answeredWithin48h: { byMonth: months.map((m) => share(ofMonth(m))), overall: share(requests) },
    medianHoursToFirstContact: { byMonth: months.map((m) => median(ofMonth(m))), overall: median(requests) },
  });
}

export interface YearReport {
  readonly usage: ImpactReport['usage'];
  readonly patients: ImpactReport['patients'];
  readonly requests: ImpactReport['requests'];
  /** The published cells, for the targets (year totals, 6-month checkpoint). */
  readonly table: CellTable;
}

export function buildYearReport(input: YearInput): YearReport {
  const table = new CellTable();
  const usage = input.usage === undefined ? undefined : usageSection(table, input, input.usage);
  const patients = patientsSection(table, input);
  const requests = requestsSection(table, input);
  return { usage: usage?.(), patients: patients(), requests: requests(), table };
}
