import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask, runStepsWhenIdle } from './idle.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Lets promise callbacks run (what happens between two idle periods). */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};

describe('background work in idle periods', () => {
  it('runs each step in an idle period of its own, in order, and goes on past a failed step', async () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    const ran: string[] = [];
    const done = runStepsWhenIdle([
      () => {
        ran.push('a');
      },
      () => {
        ran.push('b');
        return Promise.reject(new Error('b failed'));
      },
      () => {
        ran.push('c');
      },
    ]);
    for (const expected of [['a'], ['a', 'b'], ['a', 'b', 'c']]) {
      await settle();
      // One idle callback waits at a time: the steps never share a task.
      expect(idle).toHaveLength(1);
      idle.shift()?.({ didTimeout: false, timeRemaining: () => 10 });
      expect(ran).toEqual(expected);
    }
    await done;
    expect(idle).toHaveLength(0);
  });

  it('waits for a step’s promise before the next idle period', async () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    let finish: () => void = () => undefined;
    void runStepsWhenIdle([() => new Promise<void>((resolve) => (finish = resolve)), () => undefined]);
    await settle();
    idle.shift()?.({ didTimeout: false, timeRemaining: () => 10 });
    await settle();
    expect(idle).toHaveLength(0);
    finish();
    await settle();
    expect(idle).toHaveLength(1);
  });

  it('resumes in a later task', async () => {
    const order: string[] = [];
    const resumed = nextTask().then(() => order.push('resumed'));
    await Promise.resolve().then(() => order.push('microtask'));
    await resumed;
    expect(order).toEqual(['microtask', 'resumed']);
  });
});
