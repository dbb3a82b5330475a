import { EMPTY_USAGE_STATE, type CameFromSource, type UsageState } from '@oz/core';
import { db } from '../storage/db.js';

/**
 * The person's choices about anonymous statistics (issue 12) and the counts waiting on this device. Kept under
 * its own key in the `settings` store, outside the preferences: it belongs to this installation (a backup
 * restored elsewhere is another installation) and is never exported.
 */
export interface StatisticsSettings {
  /** Counting is on by default (CNIL audience-measurement exemption, docs/privacy.md); the person may stop it. */
  readonly enabled: boolean;
  /** Age band and sex added to the monthly activity count: off unless the person ticks it. */
  readonly shareProfile: boolean;
  /** Answer to « Comment avez-vous connu Oz ? », asked once; null until answered. */
  readonly cameFrom: CameFromSource | 'not-said' | null;
  readonly usage: UsageState;
}

export const DEFAULT_STATISTICS_SETTINGS: StatisticsSettings = {
  enabled: true,
  shareProfile: false,
  cameFrom: null,
  usage: EMPTY_USAGE_STATE,
};

export const STATISTICS_SETTING_KEY = 'statistics';

export async function getStatisticsSettings(): Promise<StatisticsSettings> {
  const stored = await (await db()).get('settings', STATISTICS_SETTING_KEY);
  if (stored?.key !== STATISTICS_SETTING_KEY) return DEFAULT_STATISTICS_SETTINGS;
  return { ...DEFAULT_STATISTICS_SETTINGS, ...stored.value };
}

/**
 * Reads, changes and writes the settings in one IndexedDB transaction, so two counts from two screens (or two
 * tabs) never overwrite each other.
 */
export async function updateStatisticsSettings(
  change: (current: StatisticsSettings) => StatisticsSettings,
): Promise<StatisticsSettings> {
  const tx = (await db()).transaction('settings', 'readwrite');
  const store = tx.objectStore('settings');
  const stored = await store.get(STATISTICS_SETTING_KEY);
  const current =
    stored?.key === STATISTICS_SETTING_KEY
      ? { ...DEFAULT_STATISTICS_SETTINGS, ...stored.value }
      : DEFAULT_STATISTICS_SETTINGS;
  const next = change(current);
  await store.put({ key: STATISTICS_SETTING_KEY, value: next });
  await tx.done;
  return next;
}
