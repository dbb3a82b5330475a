// The per-route rate limits, read from the configuration (config.ts) so operators can tune them like the
// global one. Each limited route keeps its own counters (a flood of sign-ins never blocks invitation codes).
import type { OzConfig } from './config.js';

export type LimitedAction = 'login' | 'contactRequest' | 'shareRedeem' | 'statsCounts' | 'reminders';

export interface RouteRateLimit {
  max: number;
  timeWindow: number;
}

export function rateLimitFor(config: OzConfig, action: LimitedAction): RouteRateLimit {
  switch (action) {
    case 'login':
      return { max: config.OZ_RATE_LIMIT_LOGIN_MAX, timeWindow: config.OZ_RATE_LIMIT_LOGIN_WINDOW_MS };
    case 'contactRequest':
      return { max: config.OZ_RATE_LIMIT_CONTACT_MAX, timeWindow: config.OZ_RATE_LIMIT_CONTACT_WINDOW_MS };
    case 'shareRedeem':
      return { max: config.OZ_RATE_LIMIT_SHARE_MAX, timeWindow: config.OZ_RATE_LIMIT_SHARE_WINDOW_MS };
    case 'statsCounts':
      return { max: config.OZ_RATE_LIMIT_STATS_MAX, timeWindow: config.OZ_RATE_LIMIT_STATS_WINDOW_MS };
    case 'reminders':
      return {
        max: config.OZ_RATE_LIMIT_REMINDERS_MAX,
        timeWindow: config.OZ_RATE_LIMIT_REMINDERS_WINDOW_MS,
      };
  }
}
