// Rate limits on the public API (docs/adr/0006-in-memory-directory-and-counters.md). Counters live in this
// process's memory by default — no database write per request — or in Redis when REDIS_URL is set, shared by
// every process. Whether a request counts is decided on the route the router matched (after percent-decoding),
// never on the raw URL: `/%61pi/shares` is `/api/shares` and shares its counters.
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import { isApiRoute } from '../../api-route.js';

/**
 * Client addresses remembered per limited route in memory (least recently seen evicted first): a few MB, far
 * more addresses than one process sees in a window.
 */
const LOCAL_CACHE_KEYS = 50_000;

export default fp(
  async (app) => {
    const { config } = app;
    let counters: { redis: Redis; nameSpace: string; skipOnError: true } | { cache: number };
    if (config.REDIS_URL === undefined) {
      counters = { cache: LOCAL_CACHE_KEYS };
      if (app.database.kind === 'postgres') {
        app.log.warn(
          'REDIS_URL is not set: rate limits are counted by each process on its own (set it when several processes serve Oz)',
        );
      }
    } else {
      // If Redis is unreachable requests are let through (skipOnError) rather than failed: the service stays
      // up, abuse protection degrades until Redis is back (docs/reliability.md).
      const redis = new Redis(config.REDIS_URL, {
        connectTimeout: 500,
        maxRetriesPerRequest: 1,
        lazyConnect: false,
      });
      app.addHook('onClose', async () => {
        await redis.quit();
      });
      counters = { redis, nameSpace: `${config.OZ_REDIS_KEY_PREFIX}rate-limit:`, skipOnError: true };
    }
    await app.register(rateLimit, {
      global: true,
      max: config.OZ_RATE_LIMIT_MAX,
      timeWindow: config.OZ_RATE_LIMIT_WINDOW_MS,
      ...counters,
      // Every route under /api counts (health opts out with `rateLimit: false`); static files do not.
      allowList: (request) => !isApiRoute(request),
      // The limit is told when it bites (429 with Retry-After and the X-RateLimit-* headers), not on every
      // answer: three headers less on each call of the API (issue 13); Oz's own app never reads them.
      addHeadersOnExceeding: {
        'x-ratelimit-limit': false,
        'x-ratelimit-remaining': false,
        'x-ratelimit-reset': false,
      },
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        error: { code: 'rate_limited', message: `Too many requests: try again in ${context.after}.` },
      }),
    });
  },
  { name: 'oz-rate-limit', dependencies: ['oz-database'] },
);
