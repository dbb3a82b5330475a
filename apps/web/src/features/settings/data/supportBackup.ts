import type { Backup } from '@oz/contracts';
import { isoDate } from '@oz/core';
import type { ProgrammeRunRecord } from '../../../storage/programmes.js';
import { readProgrammeSections } from './programmesBackup.js';
import { allCravings, allPlans, allRulerReadings, getMotivation } from '../../../storage/support.js';
import type {
  CopingPlan,
  CravingRecord,
  MotivationRecord,
  RulerReading,
} from '../../../storage/supportTypes.js';
import { NO_WELLBEING_IMPORT, readWellbeingSections, type WellbeingImport } from './wellbeingBackup.js';

/**
 * The support tools' part of an import (backup version 2; empty for version 1 files), with the quality-of-life
 * part (version 3, wellbeingBackup.ts) so every importer that brings none of them says so once.
 */
export interface SupportImport extends WellbeingImport {
  readonly cravings: readonly CravingRecord[];
  readonly plans: readonly CopingPlan[];
  /** Applied only when the device has no motivation record yet. */
  readonly motivation: MotivationRecord | null;
  readonly rulers: readonly RulerReading[];
  /** Programme runs (backup version 3; programmesBackup.ts). */
  readonly programmeRuns: readonly ProgrammeRunRecord[];
}

export const NO_SUPPORT_IMPORT: SupportImport = {
  cravings: [],
  plans: [],
  motivation: null,
  rulers: [],
  ...NO_WELLBEING_IMPORT,
  programmeRuns: [],
};

/** The support sections of a backup file, as stored on this device. */
export async function supportSections(): Promise<
  Pick<Backup['data'], 'cravings' | 'plans' | 'motivation' | 'rulers'>
> {
  const [cravings, plans, motivation, rulers] = await Promise.all([
    allCravings(),
    allPlans(),
    getMotivation(),
    allRulerReadings(),
  ]);
  const { updatedAt, ...state } = motivation;
  return {
    cravings: cravings.map((craving) => ({
      ...craving,
      feelings: [...craving.feelings],
      helped: [...craving.helped],
    })),
    plans: plans.map((plan) => ({ ...plan })),
    motivation:
      updatedAt === null
        ? null
        : {
            reasons: [...state.reasons],
            ownWords: state.ownWords,
            riskSituations: [...state.riskSituations],
            balance: { gains: [...state.balance.gains], costs: [...state.balance.costs] },
            updatedAt,
          },
    rulers: rulers.map((reading) => ({ ...reading })),
  };
}

/** The support sections of a validated backup, as the device stores them. */
export function readSupportSections(data: Backup['data']): SupportImport {
  return {
    cravings: data.cravings.map((craving) => ({ ...craving, date: isoDate(craving.date) })),
    plans: data.plans,
    motivation: data.motivation === null ? null : { ...data.motivation, key: 'current' },
    rulers: data.rulers,
    ...readWellbeingSections(data),
    programmeRuns: readProgrammeSections(data),
  };
}
