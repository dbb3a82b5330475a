import { localDateOf, localTimeOf } from '@oz/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nowTime, timeZone, today } from './clock.js';

describe('clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads today and the time as the device zone’s Intl formatter does, at any instant', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (epochMs) => {
        vi.useFakeTimers({ now: epochMs });
        expect(today()).toBe(localDateOf(epochMs, zone));
        expect(nowTime()).toBe(localTimeOf(epochMs, zone));
      }),
    );
  });

  it('knows the device’s time zone', () => {
    expect(timeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
