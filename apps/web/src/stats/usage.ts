import {
  countAppOpen,
  countUsage,
  EMPTY_USAGE_STATE,
  scoreWho5,
  who5ChangeBand,
  type CameFromSource,
  type IsoDate,
  type StatisticsProfile,
  type UsageEvent,
} from '@oz/core';
import { today } from '../app/clock.js';
import { getPreferences } from '../storage/repositories.js';
import { browserRefusesMeasurement } from './browser.js';
import { updateStatisticsSettings, type StatisticsSettings } from './settings.js';

/*
 * Counting for the impact table (issue 12). Every function here is fire-and-forget for its callers: a count
 * that cannot be written is simply not counted, and nothing is counted when the person turned statistics off
 * or the browser sends Global Privacy Control / Do Not Track.
 */

function counting(settings: StatisticsSettings): boolean {
  return settings.enabled && !browserRefusesMeasurement();
}

async function count(
  change: (settings: StatisticsSettings, day: IsoDate) => StatisticsSettings,
): Promise<void> {
  if (browserRefusesMeasurement()) return;
  try {
    const day = today();
    await updateStatisticsSettings((settings) => (counting(settings) ? change(settings, day) : settings));
  } catch (error: unknown) {
    console.warn('usage count not stored', error instanceof Error ? error.name : 'unknown');
  }
}

/** Counts one event of the person's use (a quick test, a programme started, a request sent…). */
export function countUsageEvent(event: UsageEvent): Promise<void> {
  return count((settings, day) => ({ ...settings, usage: countUsage(settings.usage, event, day) }));
}

/** Counts this opening of the app: first open, weekly and monthly activity, each at most once. */
export async function countThisOpening(): Promise<void> {
  const preferences = await getPreferences().catch(() => undefined);
  return count((settings, day) => {
    const profile: StatisticsProfile =
      settings.shareProfile && preferences !== undefined
        ? {
            ageBand: preferences.profile.ageBand,
            sex: preferences.profile.sex === 'unspecified' ? null : preferences.profile.sex,
          }
        : { ageBand: null, sex: null };
    return { ...settings, usage: countAppOpen(settings.usage, day, profile) };
  });
}

/** The person turned statistics off: what waits on the device is dropped, nothing will leave. */
export async function stopStatistics(): Promise<void> {
  await updateStatisticsSettings((settings) => ({
    ...settings,
    enabled: false,
    usage: { ...EMPTY_USAGE_STATE, ...keepMarkers(settings) },
  }));
}

/** Markers say what was already counted (first open…): kept so that turning counting back on counts nothing twice. */
function keepMarkers(settings: StatisticsSettings): Partial<StatisticsSettings['usage']> {
  const { firstOpenCounted, lastActiveWeek, lastActiveMonth, lastSentOn } = settings.usage;
  return { firstOpenCounted, lastActiveWeek, lastActiveMonth, lastSentOn };
}

/** Records the answer to « Comment avez-vous connu Oz ? » (asked once) and counts it once. */
export async function answerCameFrom(answer: CameFromSource | 'not-said'): Promise<void> {
  await updateStatisticsSettings((settings) => {
    if (settings.cameFrom !== null) return settings;
    const counted =
      answer === 'not-said' || !counting(settings)
        ? settings.usage
        : countUsage(settings.usage, { metric: 'came-from', dimension: answer }, today());
    return { ...settings, cameFrom: answer, usage: counted };
  });
}

/**
 * Counts how well-being changed since the person's FIRST assessment (the impact table's quality-of-life row),
 * once per assessment after the first; the first assessment alone counts nothing.
 */
export function countWellbeingChange(
  first: { readonly who5: readonly number[] } | undefined,
  latest: { readonly who5: readonly number[] },
): Promise<void> {
  if (first === undefined) return Promise.resolve();
  const band = who5ChangeBand(scoreWho5(first.who5).percent, scoreWho5(latest.who5).percent);
  return countUsageEvent({ metric: 'quality-of-life-change', dimension: band });
}
