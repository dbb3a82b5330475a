import { isoDate } from '@oz/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDatabaseForTests } from '../storage/db.js';
import { saveScreening, updatePreferences } from '../storage/repositories.js';
import { contactStatistics } from './contact.js';
import { sendDueCounts, type SendDeps } from './send.js';
import { getStatisticsSettings, updateStatisticsSettings } from './settings.js';
import {
  answerCameFrom,
  countThisOpening,
  countUsageEvent,
  countWellbeingChange,
  stopStatistics,
} from './usage.js';

let database = 0;
beforeEach(() => {
  database += 1;
  useDatabaseForTests(`stats-test-${String(database)}`);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T10:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'globalPrivacyControl');
});

function deps(status = 204, overrides: Partial<SendDeps> = {}): SendDeps & { calls: RequestInit[] } {
  const calls: RequestInit[] = [];
  return {
    calls,
    fetch: (_path, init) => {
      calls.push(init);
      return Promise.resolve(new Response(null, { status }));
    },
    today: () => isoDate('2026-12-07'),
    online: () => true,
    exclusively: (task) => task(),
    ...overrides,
  };
}

function bodyOf(init: RequestInit | undefined): unknown {
  return JSON.parse(typeof init?.body === 'string' ? init.body : 'null');
}

describe('anonymous counts on the device', () => {
  it('sends one batch a day, with no cookie and nothing but the counts', async () => {
    await countThisOpening();
    await countUsageEvent({ metric: 'quick-test', dimension: 'misuse' });
    const send = deps();
    expect(await sendDueCounts(send)).toBe('sent');
    expect(send.calls).toHaveLength(1);
    expect(send.calls[0]?.credentials).toBe('omit');
    expect(bodyOf(send.calls[0])).toEqual({
      days: [
        {
          day: '2026-12-07',
          counts: { 'first-open': 1, 'active-week': 1, 'active-month': 1, 'quick-test:misuse': 1 },
        },
      ],
    });
    await countUsageEvent({ metric: 'contact-request-sent', dimension: null });
    expect(await sendDueCounts(send)).toBe('nothing-due');
    expect(send.calls).toHaveLength(1);
  });

  it('counts the well-being change since the first assessment, never the first one alone', async () => {
    const first = { who5: [2, 2, 2, 2, 2] }; // 40 / 100
    await countWellbeingChange(undefined, first);
    await countWellbeingChange(first, { who5: [3, 3, 3, 2, 2] }); // 52: +12 points
    await countWellbeingChange(first, { who5: [2, 2, 2, 2, 3] }); // 44: +4 points
    const send = deps();
    await sendDueCounts(send);
    expect(bodyOf(send.calls[0])).toEqual({
      days: [
        {
          day: '2026-12-07',
          counts: { 'quality-of-life-change:better': 1, 'quality-of-life-change:same': 1 },
        },
      ],
    });
  });

  it('counts and sends nothing once the person turned statistics off', async () => {
    await countThisOpening();
    await stopStatistics();
    await countUsageEvent({ metric: 'quick-test', dimension: 'low' });
    const send = deps();
    expect(await sendDueCounts(send)).toBe('off');
    expect(send.calls).toHaveLength(0);
    expect((await getStatisticsSettings()).usage.pending).toEqual({});
  });

  it('counts and sends nothing when the browser sends Global Privacy Control', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    await countThisOpening();
    const send = deps();
    expect(await sendDueCounts(send)).toBe('off');
    expect(send.calls).toHaveLength(0);
    expect((await getStatisticsSettings()).usage.pending).toEqual({});
  });

  it('keeps the counts after a network or server failure, drops them after a refusal', async () => {
    await countThisOpening();
    expect(await sendDueCounts(deps(503))).toBe('failed');
    expect(Object.keys((await getStatisticsSettings()).usage.pending)).toEqual(['2026-12-07']);
    expect(await sendDueCounts(deps(400))).toBe('failed');
    expect((await getStatisticsSettings()).usage.pending).toEqual({});
  });

  it('waits while offline', async () => {
    await countThisOpening();
    const send = deps(204, { online: () => false });
    expect(await sendDueCounts(send)).toBe('offline');
    expect(send.calls).toHaveLength(0);
  });

  it('asks where the person came from once, and counts the answer once', async () => {
    await answerCameFrom('professional');
    await answerCameFrom('media');
    const settings = await getStatisticsSettings();
    expect(settings.cameFrom).toBe('professional');
    expect(settings.usage.pending['2026-12-07']).toEqual({ 'came-from:professional': 1 });
  });
});

describe('statistics attached to a contact request', () => {
  it('are attached only when the person agreed to share age band and sex', async () => {
    await updatePreferences({ profile: { sex: 'female', ageBand: '25-64' } });
    await saveScreening({
      id: 's1',
      instrument: 'audit-c',
      version: '1',
      answers: [2, 1, 0],
      sex: 'female',
      total: 3,
      level: 'misuse',
      takenAt: '2026-12-06T20:00:00.000Z',
    });
    expect(await contactStatistics()).toBeUndefined();
    await updateStatisticsSettings((settings) => ({ ...settings, shareProfile: true }));
    expect(await contactStatistics()).toEqual({ ageBand: '25-64', sex: 'female', quickTestLevel: 'misuse' });
    await stopStatistics();
    expect(await contactStatistics()).toBeUndefined();
  });
});
