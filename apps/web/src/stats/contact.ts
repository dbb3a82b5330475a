import type { ContactStatistics } from '@oz/contracts';
import { QUICK_TEST_LEVELS } from '@oz/core';
import { allScreenings, getPreferences } from '../storage/repositories.js';
import { browserRefusesMeasurement } from './browser.js';
import { getStatisticsSettings } from './settings.js';

type QuickTestLevel = (typeof QUICK_TEST_LEVELS)[number];

function isQuickTestLevel(level: string): level is QuickTestLevel {
  return (QUICK_TEST_LEVELS as readonly string[]).includes(level);
}

/**
 * What a contact request carries for the patients' rows of the impact table — age band, sex and the latest
 * quick-test level — only when the person agreed to share them for statistics; otherwise nothing.
 */
export async function contactStatistics(): Promise<ContactStatistics | undefined> {
  const settings = await getStatisticsSettings();
  if (!settings.enabled || !settings.shareProfile || browserRefusesMeasurement()) return undefined;
  const [preferences, screenings] = await Promise.all([getPreferences(), allScreenings()]);
  const quickTest = screenings.find((result) => result.instrument === 'audit-c');
  const statistics: ContactStatistics = {
    ...(preferences.profile.ageBand === null ? {} : { ageBand: preferences.profile.ageBand }),
    ...(preferences.profile.sex === 'unspecified' ? {} : { sex: preferences.profile.sex }),
    ...(quickTest !== undefined && isQuickTestLevel(quickTest.level)
      ? { quickTestLevel: quickTest.level }
      : {}),
  };
  return Object.keys(statistics).length === 0 ? undefined : statistics;
}

/** The quick-test level to count, when the result is an AUDIT-C one. */
export function quickTestLevelOf(instrument: string, level: string): QuickTestLevel | undefined {
  return instrument === 'audit-c' && isQuickTestLevel(level) ? level : undefined;
}
