import type { ImpactReport, PublishedCountDto } from '@oz/contracts';
import { dateTimeFormat } from '../../i18n/intl-cache.js';
import { proImpactFr } from '../i18n/fr/impact.js';
import type { ProI18n, ProMessageKey } from '../i18n/ProI18n.js';

/** A published count in words: the number, « < 5 », or « masqué » (hidden to protect a small count). */
export function countText(count: PublishedCountDto, i18n: Pick<ProI18n, 't' | 'number'>): string {
  if ('value' in count) return i18n.number(count.value);
  return count.suppressed === 'below-threshold' ? i18n.t('impact.small') : i18n.t('impact.hidden');
}

/** The name of a distribution key (age band, level…), falling back on the key itself. */
export function keyText(key: string, label: string | undefined, t: ProI18n['t']): string {
  if (label !== undefined) return label;
  const message = `impact.key.${key}`;
  return isMessageKey(message) ? t(message) : key;
}

const KEY_MESSAGES: ReadonlySet<string> = new Set(Object.keys(proImpactFr));
function isMessageKey(key: string): key is ProMessageKey {
  return KEY_MESSAGES.has(key);
}

/** 'YYYY-MM' as « mars 2026 ». */
export function monthText(month: string, locale: ProI18n['locale']): string {
  const [year = 1970, number = 1] = month.split('-').map(Number);
  return dateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, number - 1, 15)));
}

export type Distributions = ReadonlyArray<{
  readonly title: ProMessageKey;
  readonly data: ImpactReport['patients']['bySex'];
}>;

/** The report's distributions in the order the page and the CSV show them. */
export function distributionsOf(report: ImpactReport): Distributions {
  const usage = report.usage;
  return [
    ...(usage === undefined
      ? []
      : [
          { title: 'impact.dist.activeAge' as const, data: usage.byAgeBand },
          { title: 'impact.dist.activeSex' as const, data: usage.bySex },
          { title: 'impact.dist.quickTest' as const, data: usage.quickTestLevel },
          { title: 'impact.dist.cameFrom' as const, data: usage.cameFrom },
          { title: 'impact.dist.qualityOfLife' as const, data: usage.qualityOfLifeChange },
          { title: 'impact.dist.programmesStarted' as const, data: usage.programmesStarted },
          { title: 'impact.dist.programmesFinished' as const, data: usage.programmesFinished },
        ]),
    { title: 'impact.dist.patientsAge', data: report.patients.byAgeBand },
    { title: 'impact.dist.patientsSex', data: report.patients.bySex },
    { title: 'impact.dist.patientsLevel', data: report.patients.byQuickTestLevel },
    { title: 'impact.dist.patientsDepartement', data: report.patients.byDepartement },
    ...(report.patients.byStructure === undefined
      ? []
      : [{ title: 'impact.dist.patientsStructure' as const, data: report.patients.byStructure }]),
  ];
}
