import type { Backup, BackupWellbeing } from '@oz/contracts';
import { QOL_DOMAINS, isoDate, type QolDomain, type QolRating } from '@oz/core';
import { allBadgeViews, allWellbeingAssessments } from '../../../storage/wellbeing.js';
import type { BadgeView, WellbeingRecord } from '../../../storage/wellbeingTypes.js';

/** The quality-of-life part of an import (backup version 3; empty for older files and other imports). */
export interface WellbeingImport {
  readonly wellbeing: readonly WellbeingRecord[];
  readonly badgeViews: readonly BadgeView[];
}

export const NO_WELLBEING_IMPORT: WellbeingImport = { wellbeing: [], badgeViews: [] };

/** The quality-of-life sections of a backup file, as stored on this device. */
export async function wellbeingSections(): Promise<Pick<Backup['data'], 'wellbeing' | 'badgeViews'>> {
  const [wellbeing, badgeViews] = await Promise.all([allWellbeingAssessments(), allBadgeViews()]);
  return {
    wellbeing: wellbeing.map((assessment) => ({
      ...assessment,
      who5: [...assessment.who5],
      domains: { ...assessment.domains },
    })),
    badgeViews: badgeViews.map((view) => ({ ...view })),
  };
}

function toDomains(domains: BackupWellbeing['domains']): Partial<Record<QolDomain, QolRating>> {
  const result: Partial<Record<QolDomain, QolRating>> = {};
  for (const domain of QOL_DOMAINS) {
    const rating = domains[domain];
    if (rating !== undefined) result[domain] = rating;
  }
  return result;
}

/** The quality-of-life sections of a validated backup, as the device stores them. */
export function readWellbeingSections(data: Backup['data']): WellbeingImport {
  return {
    wellbeing: data.wellbeing.map((assessment) => ({
      ...assessment,
      date: isoDate(assessment.date),
      domains: toDomains(assessment.domains),
    })),
    badgeViews: data.badgeViews,
  };
}
