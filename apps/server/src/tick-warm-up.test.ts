import { describe, expect, it } from 'vitest';
import { warmUpNextTick } from './tick-warm-up.js';

describe('warmUpNextTick', () => {
  it('does its work once per process: every app built afterwards waits for the same promise', async () => {
    const first = warmUpNextTick();
    expect(warmUpNextTick()).toBe(first);
    await expect(first).resolves.toBeUndefined();
  });

  it('leaves the tick queue as it found it: callbacks scheduled meanwhile still run, in order', async () => {
    const seen: number[] = [];
    const warming = warmUpNextTick();
    process.nextTick(() => seen.push(1));
    process.nextTick(() => seen.push(2));
    await warming;
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual([1, 2]);
  });
});
