// Fixed-window request counters (ADR 0006): a key's window starts at its first request and lasts `windowMs`;
// the count says how many requests the window has seen, this one included. In this process's memory by
// default — synchronous, no promise on the hot path — or in Redis when several processes must share a budget.
import type { Redis } from 'ioredis';

export interface WindowCount {
  /** Requests counted in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends. */
  resetInMs: number;
}

interface Window {
  count: number;
  endsAt: number;
}

/**
 * One process's counters. Bounded: past `capacity` keys, the windows that started first are forgotten first
 * (a Map keeps insertion order, and a key is re-inserted when its window restarts), so a flood of addresses
 * costs memory once, never without bound.
 */
export class MemoryCounters {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly capacity: number) {}

  hit(key: string, windowMs: number, now: number): WindowCount {
    const window = this.windows.get(key);
    if (window !== undefined && window.endsAt > now) {
      window.count += 1;
      return { count: window.count, resetInMs: window.endsAt - now };
    }
    if (window !== undefined) this.windows.delete(key);
    this.windows.set(key, { count: 1, endsAt: now + windowMs });
    if (this.windows.size > this.capacity) this.forgetOldest();
    return { count: 1, resetInMs: windowMs };
  }

  get size(): number {
    return this.windows.size;
  }

  private forgetOldest(): void {
    for (const key of this.windows.keys()) {
      this.windows.delete(key);
      if (this.windows.size <= this.capacity) return;
    }
  }
}

// INCR, and the window's expiry set by the request that opened it: atomic in Redis, so processes sharing a
// key agree on one window (the same script as @fastify/rate-limit's Redis store, without its options).
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = tonumber(ARGV[1])
if count == 1 then
  redis.call('PEXPIRE', KEYS[1], ttl)
else
  ttl = redis.call('PTTL', KEYS[1])
  if ttl < 0 then
    redis.call('PEXPIRE', KEYS[1], ARGV[1])
    ttl = tonumber(ARGV[1])
  end
end
return {count, ttl}
`;

type RedisWithHit = Redis & {
  ozRateLimitHit(key: string, windowMs: number): Promise<[number, number]>;
};

/** Counters shared by every process through one Redis; keys are namespaced by `prefix`. */
export class RedisCounters {
  private readonly redis: RedisWithHit;

  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    if (!('ozRateLimitHit' in redis))
      redis.defineCommand('ozRateLimitHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    this.redis = redis as RedisWithHit;
  }

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const [count, resetInMs] = await this.redis.ozRateLimitHit(`${this.prefix}${key}`, windowMs);
    return { count, resetInMs };
  }
}
