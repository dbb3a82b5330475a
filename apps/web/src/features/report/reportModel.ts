import { addDays, weekStart, type IsoDate } from '@oz/core';
import type { ReportI18n } from './reportI18n.js';
import type { ReportData } from './reportData.js';
import type { ReportDocument, ReportSection } from './reportDocument.js';
import {
  consumptionSection,
  cravingsSection,
  gainsSection,
  goalsSection,
  notesSection,
  screeningsSection,
} from './reportSections.js';

/** The chart and the period cover 12 weeks, the current one included (issue 11: « the 12-week chart »). */
export const REPORT_WEEKS = 12;

export interface ReportOptions {
  readonly today: IsoDate;
  /** When the report is made (for « Établi le … »). */
  readonly now: Date;
  /** Typed by the person for this report only; never saved. */
  readonly name: string;
  readonly includeNotes: boolean;
  readonly includeCravings: boolean;
}

export interface ReportPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Mondays of the period's weeks, oldest first. */
  readonly mondays: readonly IsoDate[];
}

export function reportPeriod(today: IsoDate, weeks: number = REPORT_WEEKS): ReportPeriod {
  const current = weekStart(today);
  const mondays = Array.from({ length: weeks }, (_, index) => addDays(current, -7 * (weeks - 1 - index)));
  return { from: mondays[0] ?? current, to: today, mondays };
}

/**
 * Builds the report from what is on the device. Pure: the data, the options (today, now, the typed name) and
 * the catalogue come in; the same inputs always give the same document.
 */
export function buildReport(data: ReportData, options: ReportOptions, i18n: ReportI18n): ReportDocument {
  const { r, day, dateTime } = i18n;
  const period = reportPeriod(options.today);
  const longDay = (date: string): string => day(date, { day: 'numeric', month: 'long', year: 'numeric' });
  const name = options.name.trim();
  const sections: ReportSection[] = [
    screeningsSection(data, i18n),
    consumptionSection(data, period, i18n),
    goalsSection(data, period, options.today, i18n),
    gainsSection(data, period, i18n),
  ];
  if (options.includeCravings && data.cravings !== null)
    sections.push(cravingsSection(data.cravings, period, i18n));
  if (options.includeNotes) sections.push(notesSection(data, period, i18n));
  return {
    lang: i18n.locale,
    title: r('report.title'),
    notice: r('report.notice'),
    period: r('report.period', { from: longDay(period.from), to: longDay(period.to), weeks: REPORT_WEEKS }),
    generated: r('report.generated', { date: dateTime(options.now, { dateStyle: 'long' }) }),
    person: name === '' ? null : r('report.person', { name }),
    sections,
    footer: r('report.footer'),
    pageLabel: (page, pages) => r('report.page', { page, pages }),
    fileStem: `oz-rapport-${options.today}`,
  };
}
