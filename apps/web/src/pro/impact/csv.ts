import type { ImpactReport, MonthlySeries } from '@oz/contracts';
import type { ProI18n, ProMessageKey } from '../i18n/ProI18n.js';
import { countText, distributionsOf, keyText } from './published.js';

function cell(value: string): string {
  return /[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

type I18n = Pick<ProI18n, 't' | 'number'>;

function seriesLines(
  name: ProMessageKey,
  months: readonly string[],
  series: MonthlySeries,
  i18n: I18n,
): string[][] {
  const rows = months.map((month, index) => {
    const count = series.byMonth[index];
    return [i18n.t(name), month, count === undefined ? '' : countText(count, i18n)];
  });
  return series.total === undefined
    ? rows
    : [...rows, [i18n.t(name), i18n.t('impact.total'), countText(series.total, i18n)]];
}

/**
 * The dashboard as CSV (RFC 4180, comma-separated): exactly what the API published — « < 5 » and « masqué »
 * where the API withheld a number, so an export can be shared with funders without any small count.
 */
export function impactCsv(report: ImpactReport, i18n: I18n): string {
  const { months } = report;
  const lines: string[][] = [[i18n.t('impact.category'), i18n.t('impact.month'), i18n.t('impact.count')]];
  if (report.usage !== undefined) {
    lines.push(...seriesLines('impact.newUsers', months, report.usage.users, i18n));
    lines.push(...seriesLines('impact.activeUsers', months, report.usage.activeUsers, i18n));
  }
  lines.push(...seriesLines('impact.patientsAll', months, report.patients.all, i18n));
  lines.push(...seriesLines('impact.viaRequests', months, report.patients.viaRequests, i18n));
  lines.push(...seriesLines('impact.viaInvitations', months, report.patients.viaInvitations, i18n));
  lines.push(...seriesLines('impact.requestsCreated', months, report.requests.created, i18n));
  for (const { title, data } of distributionsOf(report)) {
    for (const category of data.categories) {
      lines.push([
        `${i18n.t(title)} — ${keyText(category.key, category.label, i18n.t)}`,
        '',
        countText(category.count, i18n),
      ]);
    }
    lines.push([`${i18n.t(title)} — ${i18n.t('impact.total')}`, '', countText(data.total, i18n)]);
  }
  return lines.map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}
