// Rate limits on the public API, counted outside the process so every server process shares the same counters
// (docs/architecture.md): in the database by default, in Redis when REDIS_URL is set (cheaper per request).
// Static files (the PWA) are not counted.
import rateLimit from '@fastify/rate-limit';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import { RateLimitRepository } from '../../db/repositories/rate-limit.repository.js';

/** One purge of expired counters per this many hits, on average: no timer, no scheduler needed. */
const PURGE_ONE_IN = 1000;

declare module 'fastify' {
  interface FastifyInstance {
    rateLimitRepository: RateLimitRepository;
  }
}

type ChildOptions = Parameters<FastifyRateLimitStore['child']>[0];

/** The route a per-route limit belongs to, as @fastify/rate-limit really passes it (under `routeInfo`). */
function routeKeyOf(options: ChildOptions): string {
  const route: unknown = 'routeInfo' in options ? options.routeInfo : undefined;
  if (typeof route !== 'object' || route === null) return 'unknown route';
  const method = 'method' in route ? String(route.method) : '';
  const url = 'url' in route ? String(route.url) : '';
  return `${method} ${url}`;
}

function databaseStore(repository: RateLimitRepository, now: () => Date): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly prefix = '',
    ) {}

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      const nowMs = now().getTime();
      repository
        .hit(`${this.prefix}${key}`, timeWindow, nowMs)
        .then(async ({ hits, resetAt }) => {
          if (Math.random() * PURGE_ONE_IN < 1) await repository.purgeExpired(nowMs);
          callback(null, { current: hits, ttl: Math.max(0, resetAt - nowMs) });
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    }

    /**
     * A route with its own limit gets its own counters. @fastify/rate-limit passes the merged limit settings
     * with the route under `routeInfo` (its typings say otherwise; its Redis store reads `routeInfo` too).
     */
    child(routeOptions: ChildOptions): FastifyRateLimitStore {
      return new DatabaseStore(undefined, `${routeKeyOf(routeOptions)}|`);
    }
  }
  return DatabaseStore;
}

type Counters =
  | { redis: Redis; options: { redis: Redis; nameSpace: string; skipOnError: true } }
  | { redis?: undefined; options: { store: FastifyRateLimitStoreCtor } };

/**
 * Redis when configured: @fastify/rate-limit's own Redis store (atomic INCR + PEXPIRE). If Redis is unreachable
 * requests are let through (skipOnError) rather than failing: the service stays up, abuse protection degrades.
 */
function countersFor(
  redisUrl: string | undefined,
  repository: RateLimitRepository,
  now: () => Date,
): Counters {
  if (redisUrl === undefined) return { options: { store: databaseStore(repository, now) } };
  const redis = new Redis(redisUrl, { connectTimeout: 500, maxRetriesPerRequest: 1, lazyConnect: false });
  return { redis, options: { redis, nameSpace: 'oz-rate-limit:', skipOnError: true } };
}

export default fp(
  async (app) => {
    const repository = new RateLimitRepository(app.database.countersDb);
    app.decorate('rateLimitRepository', repository);
    const counters = countersFor(app.config.REDIS_URL, repository, app.ozOptions.now);
    if (counters.redis !== undefined) {
      const redis = counters.redis;
      app.addHook('onClose', async () => {
        await redis.quit();
      });
    }
    await app.register(rateLimit, {
      global: true,
      max: app.config.OZ_RATE_LIMIT_MAX,
      timeWindow: app.config.OZ_RATE_LIMIT_WINDOW_MS,
      ...counters.options,
      allowList: (request) => !request.url.startsWith('/api/'),
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        error: { code: 'rate_limited', message: `Too many requests: try again in ${context.after}.` },
      }),
    });
  },
  { name: 'oz-rate-limit', dependencies: ['oz-database'] },
);
