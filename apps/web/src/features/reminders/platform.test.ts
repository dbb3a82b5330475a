import { describe, expect, it } from 'vitest';
import type { PlatformFacts } from './platform.js';
import { pushSupportOf } from './platform.js';

const desktopChrome: PlatformFacts = {
  userAgent:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  maxTouchPoints: 0,
  standalone: false,
  hasServiceWorker: true,
  hasPushManager: true,
  hasNotification: true,
};
const iphone = (version: string, standalone: boolean): PlatformFacts => ({
  userAgent: `Mozilla/5.0 (iPhone; CPU iPhone OS ${version} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1`,
  maxTouchPoints: 5,
  standalone,
  hasServiceWorker: true,
  hasPushManager: standalone,
  hasNotification: standalone,
});
const iPadAsMac: PlatformFacts = {
  userAgent:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  maxTouchPoints: 5,
  standalone: false,
  hasServiceWorker: true,
  hasPushManager: false,
  hasNotification: false,
};

describe('pushSupportOf', () => {
  it.each([
    ['desktop Chrome', desktopChrome, 'supported'],
    ['a browser without the Push API', { ...desktopChrome, hasPushManager: false }, 'unsupported'],
    ['iPhone iOS 17 in Safari (not on the home screen)', iphone('17_4', false), 'ios-home-screen'],
    ['iPhone iOS 17 opened from the home screen', iphone('17_4', true), 'supported'],
    ['iPhone iOS 16.4 from the home screen', iphone('16_4', true), 'supported'],
    ['iPhone iOS 16.3', iphone('16_3', true), 'ios-update'],
    ['iPad reporting a Mac user agent, in Safari', iPadAsMac, 'ios-home-screen'],
    [
      'a real Mac (no touch screen)',
      { ...iPadAsMac, maxTouchPoints: 0, hasPushManager: true, hasNotification: true },
      'supported',
    ],
  ] as const)('%s → %s', (_name, facts, expected) => {
    expect(pushSupportOf(facts)).toBe(expected);
  });
});
