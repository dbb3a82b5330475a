// Can this browser receive reminders? Web Push needs a service worker, the Push API and notifications. On
// iPhone and iPad it exists only from iOS 16.4, and only for a web app added to the home screen and opened from
// its icon (Apple, "Sending web push notifications in web apps and browsers", 2023): Safari's tab has no
// PushManager, so the person must first add Oz to the home screen.

export type PushSupport = 'supported' | 'unsupported' | 'ios-home-screen' | 'ios-update';

export interface PlatformFacts {
  readonly userAgent: string;
  readonly maxTouchPoints: number;
  /** `display-mode: standalone` or Safari's `navigator.standalone`. */
  readonly standalone: boolean;
  readonly hasServiceWorker: boolean;
  readonly hasPushManager: boolean;
  readonly hasNotification: boolean;
}

/** iPadOS reports a Mac user agent: a "Macintosh" with a touch screen is an iPad. */
function iosVersion(facts: PlatformFacts): number | null {
  const ios = /\b(iPhone|iPad|iPod)\b/.test(facts.userAgent);
  const iPadAsMac = /\bMacintosh\b/.test(facts.userAgent) && facts.maxTouchPoints > 1;
  if (!ios && !iPadAsMac) return null;
  const match = /OS (\d+)_(\d+)/.exec(facts.userAgent) ?? /Version\/(\d+)\.(\d+)/.exec(facts.userAgent);
  return match === null ? 0 : Number(match[1]) + Number(match[2]) / 100;
}

export function pushSupportOf(facts: PlatformFacts): PushSupport {
  const ios = iosVersion(facts);
  if (ios !== null) {
    if (ios > 0 && ios < 16.04) return 'ios-update';
    if (!facts.standalone) return 'ios-home-screen';
  }
  return facts.hasServiceWorker && facts.hasPushManager && facts.hasNotification
    ? 'supported'
    : 'unsupported';
}

export function currentPlatform(): PlatformFacts {
  const standaloneFlag = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return {
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints,
    standalone: standaloneFlag || window.matchMedia?.('(display-mode: standalone)').matches === true,
    hasServiceWorker: 'serviceWorker' in navigator,
    hasPushManager: 'PushManager' in window,
    hasNotification: 'Notification' in window,
  };
}
