import { render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useComponentsWhenIdle, type ComponentChunk } from './useComponentsWhenIdle.js';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function chunkOf(name: string): ComponentChunk {
  return () => Promise.resolve({ default: (): ReactNode => <p data-testid="later">{name}</p> });
}

const CHUNKS: readonly ComponentChunk[] = [
  chunkOf('first'),
  () => Promise.reject(new Error('offline after a deploy')),
  chunkOf('third'),
];

function Screen(): ReactNode {
  const later = useComponentsWhenIdle(CHUNKS);
  return (
    <>
      <h1>Now</h1>
      {later.map((Later, index) => (
        <Later key={index} />
      ))}
    </>
  );
}

const shown = (): string[] => screen.queryAllByTestId('later').map((element) => element.textContent);

describe('components loaded when idle', () => {
  it('mounts one chunk per idle period, in order, after the screen; a chunk that fails is left out', async () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Screen />);
    expect(screen.getByRole('heading', { name: 'Now' })).toBeTruthy();
    expect(shown()).toEqual([]);
    const nextIdlePeriod = async (): Promise<void> => {
      // One idle callback waits at a time: two chunks never load in one task.
      await waitFor(() => expect(idle).toHaveLength(1));
      idle.shift()?.({ didTimeout: false, timeRemaining: () => 10 });
    };
    await nextIdlePeriod();
    await waitFor(() => expect(shown()).toEqual(['first']));
    await nextIdlePeriod();
    await nextIdlePeriod();
    await waitFor(() => expect(shown()).toEqual(['first', 'third']));
    expect(console.error).toHaveBeenCalledWith('a component loaded when idle did not load', 'Error');
  });
});
