import { markUsageSent, usageBatchDue, type IsoDate, type UsageBatchDay } from '@oz/core';
import { today } from '../app/clock.js';
import { browserRefusesMeasurement } from './browser.js';
import { getStatisticsSettings, updateStatisticsSettings } from './settings.js';

/** Where the counts go (apps/server/src/routes/api/stats/counts). */
export const COUNTS_PATH = '/api/stats/counts';

export interface SendDeps {
  readonly fetch: (path: string, init: RequestInit) => Promise<Response>;
  readonly today: () => IsoDate;
  readonly online: () => boolean;
  /** Runs `task` alone across the tabs of this browser when it can (Web Locks), else just runs it. */
  readonly exclusively: (task: () => Promise<void>) => Promise<void>;
}

export const defaultSendDeps: SendDeps = {
  fetch: (path, init) => fetch(path, init),
  today,
  online: () => navigator.onLine,
  exclusively: async (task) => {
    if (navigator.locks === undefined) return task();
    await navigator.locks.request('oz-statistics', task);
  },
};

export type SendOutcome = 'sent' | 'nothing-due' | 'off' | 'offline' | 'failed';

/**
 * Sends today's batch if one is due: one request, no cookie, no referrer, nothing but the counts. On any failure
 * the counts stay on the device (and are dropped after a week); a 4xx answer drops them (the server will never
 * accept them, and retrying daily would only repeat the refusal).
 */
export async function sendDueCounts(deps: SendDeps = defaultSendDeps): Promise<SendOutcome> {
  let outcome: SendOutcome = 'nothing-due';
  await deps.exclusively(async () => {
    const settings = await getStatisticsSettings();
    if (!settings.enabled || browserRefusesMeasurement()) {
      outcome = 'off';
      return;
    }
    const day = deps.today();
    const batch = usageBatchDue(settings.usage, day);
    if (batch === undefined) return;
    if (!deps.online()) {
      outcome = 'offline';
      return;
    }
    const answer = await post(batch, deps);
    if (answer !== 'retry') {
      await updateStatisticsSettings((current) => ({
        ...current,
        usage: markUsageSent(current.usage, batch, day),
      }));
    }
    outcome = answer === 'sent' ? 'sent' : 'failed';
  });
  return outcome;
}

async function post(batch: readonly UsageBatchDay[], deps: SendDeps): Promise<'sent' | 'retry' | 'refused'> {
  try {
    const response = await deps.fetch(COUNTS_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ days: batch }),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
    if (response.ok) return 'sent';
    const refused = response.status >= 400 && response.status < 500 && response.status !== 429;
    return refused ? 'refused' : 'retry';
  } catch {
    return 'retry';
  }
}
