import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryCounters, RedisCounters } from './counters.js';

describe('MemoryCounters', () => {
  it('counts the requests of a window and starts a new window once it has ended', () => {
    const counters = new MemoryCounters(10);
    expect(counters.hit('a', 1000, 0)).toEqual({ count: 1, resetInMs: 1000 });
    expect(counters.hit('a', 1000, 400)).toEqual({ count: 2, resetInMs: 600 });
    expect(counters.hit('b', 1000, 500)).toEqual({ count: 1, resetInMs: 1000 });
    expect(counters.hit('a', 1000, 999)).toEqual({ count: 3, resetInMs: 1 });
    expect(counters.hit('a', 1000, 1000)).toEqual({ count: 1, resetInMs: 1000 });
  });

  it('forgets the windows that started first past its capacity, never growing beyond it', () => {
    const counters = new MemoryCounters(2);
    counters.hit('first', 1000, 0);
    counters.hit('second', 1000, 1);
    counters.hit('first', 1000, 2);
    counters.hit('third', 1000, 3);
    expect(counters.size).toBe(2);
    // `first` opened the oldest window: forgotten, it starts again at 1.
    expect(counters.hit('first', 1000, 4).count).toBe(1);
    expect(counters.hit('third', 1000, 5).count).toBe(2);
  });

  it('counts exactly the hits of the current window (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }), (gaps) => {
        const counters = new MemoryCounters(100);
        let now = 0;
        let windowStart = 0;
        let expected = 0;
        for (const gap of gaps) {
          now += gap;
          if (expected === 0 || now >= windowStart + 100) {
            windowStart = now;
            expected = 0;
          }
          expected += 1;
          expect(counters.hit('k', 100, now)).toEqual({
            count: expected,
            resetInMs: windowStart + 100 - now,
          });
        }
      }),
    );
  });
});

const redisUrl = process.env['OZ_TEST_REDIS_URL'];

describe.runIf(redisUrl !== undefined && redisUrl !== '')('RedisCounters', () => {
  const redis = new Redis(redisUrl ?? '');
  const otherProcess = new Redis(redisUrl ?? '');
  const prefix = `oz-test-${randomUUID().slice(0, 8)}:`;

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await otherProcess.quit();
  });

  it('shares one window between two clients of the same Redis', async () => {
    const first = new RedisCounters(redis, prefix);
    const second = new RedisCounters(otherProcess, prefix);
    expect((await first.hit('k', 60_000)).count).toBe(1);
    const shared = await second.hit('k', 60_000);
    expect(shared.count).toBe(2);
    expect(shared.resetInMs).toBeGreaterThan(50_000);
    expect(shared.resetInMs).toBeLessThanOrEqual(60_000);
    expect((await first.hit('other', 60_000)).count).toBe(1);
  });

  it('starts a new window once the key has expired', async () => {
    const counters = new RedisCounters(redis, prefix);
    await counters.hit('short', 50);
    await counters.hit('short', 50);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await counters.hit('short', 50)).count).toBe(1);
  });
});
