import {
  hideRecommendationCard,
  recommendationCardShown,
  type HiddenRecommendationCard,
  type IsoDate,
  type LiveRecommendation,
} from '@oz/core';
import { today } from '../../app/clock.js';
import type { Loaded } from '../../storage/changes.js';
import { notifyChange, useStored } from '../../storage/changes.js';
import { db } from '../../storage/db.js';
import { loadDeviceEvidence, type DeviceEvidence } from '../screening/pathway.js';

/*
 * The live recommendation where the person is (issue 8): recomputed from the whole device after every write
 * (diary, screenings, profile, safety answers — useStored re-runs on each change), with whether its card is
 * shown today. The hide state lives in the `settings` store under its own key, so no new database step;
 * it belongs to this device and is not part of a backup.
 */

const HIDDEN_CARD_KEY = 'recommendationCard';

export async function getHiddenCard(): Promise<HiddenRecommendationCard | undefined> {
  const stored = await (await db()).get('settings', HIDDEN_CARD_KEY);
  return stored?.key === HIDDEN_CARD_KEY ? stored.value : undefined;
}

export interface LiveState {
  readonly evidence: DeviceEvidence;
  readonly recommendation: LiveRecommendation;
  readonly today: IsoDate;
  /** The card is shown today (worth a card, not hidden or back because the level rose). */
  readonly cardShown: boolean;
}

export async function loadLiveState(): Promise<LiveState> {
  const [evidence, hidden] = await Promise.all([loadDeviceEvidence(), getHiddenCard()]);
  const { recommendation } = evidence;
  return {
    evidence,
    recommendation,
    today: evidence.today,
    cardShown: recommendationCardShown(recommendation, hidden, evidence.today),
  };
}

/** The live recommendation and its card state, recomputed whenever anything on the device changes. */
export function useLiveRecommendation(): Loaded<LiveState> {
  return useStored(loadLiveState, `live-recommendation:${today()}`);
}

/** Hides the card for 7 days from today (it comes back sooner if the level rises: @oz/core). */
export async function hideCard(recommendation: LiveRecommendation): Promise<void> {
  const value = hideRecommendationCard(recommendation, today());
  await (await db()).put('settings', { key: HIDDEN_CARD_KEY, value });
  notifyChange();
}
