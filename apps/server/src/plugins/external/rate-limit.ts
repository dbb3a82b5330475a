// Rate limits on the public API (docs/adr/0006-in-memory-directory-and-counters.md). Counters live in this
// process's memory by default — no database write, no promise per request — or in Redis when REDIS_URL is set,
// shared by every process. Whether a route counts is decided once, when it is registered, on its full path:
// the router percent-decodes a request before matching, so `/%61pi/shares` is `/api/shares` and spends the same
// budget. Every /api route counts against the global budget unless it has its own (`config.rateLimit`, its own
// counters: a flood of sign-ins never blocks invitation codes) or opts out (`rateLimit: false`: health).
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  HookHandlerDoneFunction,
  RouteOptions,
} from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import { TooManyAttemptsError } from '../../errors.js';
import { clientKey } from '../../rate-limit/client-key.js';
import { MemoryCounters, RedisCounters } from '../../rate-limit/counters.js';
import type { WindowCount } from '../../rate-limit/counters.js';
import type { RouteRateLimit } from '../../rate-limits.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's own limit and counters, or `false` for none (default: the global limit). */
    rateLimit?: RouteRateLimit | false;
  }
}

/**
 * Client addresses remembered per budget in memory (windows opened first forgotten first): a few MB, far more
 * addresses than one process sees in a window.
 */
const LOCAL_CACHE_KEYS = 50_000;

type OnRequest = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => void;
/** A request counted, or undefined when it could not be (Redis unreachable: let through). */
type Count = (key: string, windowMs: number) => WindowCount | Promise<WindowCount | undefined>;

export default fp(
  async (app) => {
    const { config } = app;
    const countersFor = await countersFactory(app);
    const globalLimit = { max: config.OZ_RATE_LIMIT_MAX, timeWindow: config.OZ_RATE_LIMIT_WINDOW_MS };
    const globalCount = countersFor('');

    app.addHook('onRoute', (route) => {
      const own = route.config?.rateLimit;
      if (own === false || !isApiPath(route.url)) return;
      const hook =
        own === undefined
          ? limiter(globalLimit, globalCount)
          : limiter(own, countersFor(`${route.method.toString()}${route.url}-`));
      attachOnRequest(route, hook);
    });
  },
  { name: 'oz-rate-limit', dependencies: ['oz-database'] },
);

/** Counters per budget: in memory, or in Redis under the configured prefix (one connection for all). */
async function countersFactory(app: FastifyInstance): Promise<(budget: string) => Count> {
  const { config } = app;
  if (config.REDIS_URL === undefined) {
    if (app.database.kind === 'postgres') {
      app.log.warn(
        'REDIS_URL is not set: rate limits are counted by each process on its own (set it when several processes serve Oz)',
      );
    }
    return () => {
      const counters = new MemoryCounters(LOCAL_CACHE_KEYS);
      return (key, windowMs) => counters.hit(key, windowMs, Date.now());
    };
  }
  // No offline queue: while Redis is unreachable a count fails at once (the request goes through uncounted)
  // instead of waiting for reconnection attempts.
  const redis = new Redis(config.REDIS_URL, {
    connectTimeout: 500,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  // Said once per outage, not on every reconnection attempt.
  let reachable = true;
  redis.on('error', (error: Error) => {
    if (!reachable) return;
    reachable = false;
    app.log.warn({ err: error.message }, 'Redis unreachable: rate limits are not counted until it is back');
  });
  redis.on('ready', () => {
    if (!reachable) app.log.info('Redis reachable again: rate limits are counted');
    reachable = true;
  });
  app.addHook('onClose', async () => {
    await redis.quit().catch(() => redis.disconnect());
  });
  await connected(redis);
  const namespace = `${config.OZ_REDIS_KEY_PREFIX}rate-limit:`;
  return (budget) => {
    const counters = new RedisCounters(redis, `${namespace}${budget}`);
    // Redis unreachable: the request goes through uncounted rather than failing — the service stays up,
    // abuse protection degrades until Redis is back (docs/reliability.md).
    return (key, windowMs) => counters.hit(key, windowMs).catch(() => undefined);
  };
}

/** Waits for the first connection (or its failure), so the first requests are counted like the others. */
function connected(redis: Redis): Promise<void> {
  return new Promise((resolve) => {
    const settle = () => {
      redis.off('ready', settle);
      redis.off('error', settle);
      resolve();
    };
    redis.once('ready', settle);
    redis.once('error', settle);
  });
}

function limiter(limit: RouteRateLimit, count: Count): OnRequest {
  const judge = (counted: WindowCount | undefined, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    if (counted === undefined || counted.count <= limit.max) done();
    else done(refusal(limit, counted, reply));
  };
  return (request, reply, done) => {
    const counted = count(clientKey(request.ip), limit.timeWindow);
    if (counted instanceof Promise) void counted.then((result) => judge(result, reply, done));
    else judge(counted, reply, done);
  };
}

/** The limit is told when it bites (429 with Retry-After and X-RateLimit-*), not on every answer. */
function refusal(limit: RouteRateLimit, counted: WindowCount, reply: FastifyReply): TooManyAttemptsError {
  const seconds = Math.max(1, Math.ceil(counted.resetInMs / 1000));
  reply.headers({
    'x-ratelimit-limit': limit.max,
    'x-ratelimit-remaining': 0,
    'x-ratelimit-reset': seconds,
  });
  return new TooManyAttemptsError(
    'rate_limited',
    `Too many requests: try again in ${inWords(seconds)}.`,
    new Date(Date.now() + seconds * 1000),
  );
}

function inWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}

function attachOnRequest(route: RouteOptions, hook: OnRequest): void {
  const existing = route.onRequest;
  route.onRequest =
    existing === undefined ? [hook] : [...(Array.isArray(existing) ? existing : [existing]), hook];
}
