// « Targets vs results » (the pilot's impact table) and the 3-year aim, from the published totals of each
// programme year: a result is a sum of published year totals, so it reveals nothing the year reports do not.
import type { PublishedCount } from '@oz/core';
import type { ImpactReport, ImpactTargetPeriod, ImpactTargets } from '@oz/contracts';
import { addMonths } from './programme-year.js';
import type { YearReport } from './impact-report.js';

/** The pilot's targets: 300 users and 200 patients at 6 months; in 3 years 20× the users, 10× the patients. */
export function defaultTargets(programmeStart: string): ImpactTargets {
  return {
    programmeStart,
    targets: [{ period: '6-months', users: 300, patients: 200 }],
    threeYearAim: { users: 20, patients: 10 },
  };
}

const PERIOD_MONTHS: Readonly<Record<ImpactTargetPeriod, number>> = {
  '6-months': 6,
  '12-months': 12,
  '24-months': 24,
  '36-months': 36,
};

function combine(cells: readonly PublishedCount[]): PublishedCount {
  let sum = 0;
  for (const cell of cells) {
    if (!('value' in cell)) return cell;
    sum += cell.value;
  }
  return { value: sum };
}

type Years = ReadonlyMap<number, YearReport>;

/** A cumulative result over the first `months` months, from the year reports that exist. */
function cumulative(years: Years, months: number, metric: 'users' | 'pat'): PublishedCount {
  if (months === 6) {
    const first = years.get(1);
    return first === undefined ? { value: 0 } : first.table.get(`${metric}:6m`);
  }
  const cells: PublishedCount[] = [];
  for (let year = 1; year <= months / 12; year += 1) {
    const report = years.get(year);
    if (report !== undefined) cells.push(report.table.get(`${metric}:total`));
  }
  return combine(cells);
}

function ratio(later: PublishedCount | undefined, first: PublishedCount | undefined): number | null {
  if (later === undefined || first === undefined || !('value' in later) || !('value' in first)) return null;
  return first.value === 0 ? null : later.value / first.value;
}

export function targetsSection(
  settings: ImpactTargets,
  years: Years,
  currentMonth: string,
): NonNullable<ImpactReport['targets']> {
  const rows = settings.targets.map((target) => {
    const months = PERIOD_MONTHS[target.period];
    const to = addMonths(settings.programmeStart, months - 1);
    return {
      period: target.period,
      from: settings.programmeStart,
      to,
      complete: to < currentMonth,
      users: { target: target.users, result: cumulative(years, months, 'users') },
      patients: { target: target.patients, result: cumulative(years, months, 'pat') },
    };
  });
  const comparedYear = Math.min(3, Math.max(...years.keys()));
  const total = (year: number, metric: 'users' | 'pat'): PublishedCount | undefined =>
    years.get(year)?.table.get(`${metric}:total`);
  return {
    settings,
    rows,
    threeYear: {
      comparedYear,
      users: {
        aim: settings.threeYearAim.users,
        ratio: comparedYear > 1 ? ratio(total(comparedYear, 'users'), total(1, 'users')) : null,
      },
      patients: {
        aim: settings.threeYearAim.patients,
        ratio: comparedYear > 1 ? ratio(total(comparedYear, 'pat'), total(1, 'pat')) : null,
      },
    },
  };
}
