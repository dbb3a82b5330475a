import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_KINDS, openTestDatabase } from '../../test-support/databases.js';
import type { OzDatabase } from '../database.js';
import { RateLimitRepository } from './rate-limit.repository.js';

describe.each(TEST_DATABASE_KINDS)('RateLimitRepository on %s', (kind) => {
  let database: OzDatabase;
  let repository: RateLimitRepository;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    repository = new RateLimitRepository(database.countersDb);
  });
  afterAll(() => database.destroy());

  it('counts hits within a window and starts a new window after it ends', async () => {
    const start = 1_800_000_000_000;
    expect(await repository.hit('ip-a', 60_000, start)).toEqual({ hits: 1, resetAt: start + 60_000 });
    expect(await repository.hit('ip-a', 60_000, start + 1_000)).toEqual({ hits: 2, resetAt: start + 60_000 });
    expect(await repository.hit('ip-b', 60_000, start + 1_000)).toEqual({ hits: 1, resetAt: start + 61_000 });
    expect(await repository.hit('ip-a', 60_000, start + 60_000)).toEqual({
      hits: 1,
      resetAt: start + 120_000,
    });
  });

  it('counts concurrent hits without losing any', async () => {
    const now = 1_900_000_000_000;
    await Promise.all(Array.from({ length: 20 }, () => repository.hit('ip-c', 60_000, now)));
    expect((await repository.hit('ip-c', 60_000, now)).hits).toBe(21);
  });

  it('purges long-expired counters only', async () => {
    const now = 2_000_000_000_000;
    await repository.hit('old', 1_000, now - 10 * 3_600_000);
    await repository.hit('fresh', 60_000, now);
    expect(await repository.purgeExpired(now)).toBeGreaterThanOrEqual(1);
    expect((await repository.hit('fresh', 60_000, now)).hits).toBe(2);
  });
});
