import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { notifyChange, primeStored, useStored } from './changes.js';

function Shown(props: { readonly storeKey: string; readonly query: () => Promise<number> }): ReactNode {
  const loaded = useStored(props.query, props.storeKey);
  return <p>{loaded.status === 'ready' ? `value ${String(loaded.value)}` : 'loading'}</p>;
}

describe('a read primed before the screen mounts', () => {
  it('is shown by the first render, and not read again', async () => {
    const query = vi.fn(() => Promise.resolve(7));
    await primeStored('primed-once', query);
    render(<Shown storeKey="primed-once" query={query} />);
    // Synchronously: the first commit already has the value, no loading line in between.
    expect(screen.getByText('value 7')).toBeTruthy();
    await act(() => Promise.resolve());
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('serves one mount only: the next one reads the store again', async () => {
    const query = vi.fn(() => Promise.resolve(8));
    await primeStored('primed-then-mounted-twice', query);
    const first = render(<Shown storeKey="primed-then-mounted-twice" query={query} />);
    await act(() => Promise.resolve());
    first.unmount();
    render(<Shown storeKey="primed-then-mounted-twice" query={query} />);
    expect(screen.getByText('loading')).toBeTruthy();
    expect(await screen.findByText('value 8')).toBeTruthy();
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('is dropped by a write made while it was read', async () => {
    let finish: (value: number) => void = () => undefined;
    const priming = primeStored(
      'written-during-read',
      () => new Promise<number>((resolve) => (finish = resolve)),
    );
    notifyChange('diary');
    finish(1);
    await priming;
    render(<Shown storeKey="written-during-read" query={() => Promise.resolve(2)} />);
    expect(screen.getByText('loading')).toBeTruthy();
    expect(await screen.findByText('value 2')).toBeTruthy();
  });

  it('is dropped by a write made after it was read', async () => {
    await primeStored('written-after-read', () => Promise.resolve(1));
    notifyChange('diary');
    render(<Shown storeKey="written-after-read" query={() => Promise.resolve(2)} />);
    expect(screen.getByText('loading')).toBeTruthy();
    expect(await screen.findByText('value 2')).toBeTruthy();
  });

  it('leaves a failed read to the screen, which reads again', async () => {
    await primeStored('failed-prime', () => Promise.reject(new Error('unreadable')));
    render(<Shown storeKey="failed-prime" query={() => Promise.resolve(3)} />);
    expect(await screen.findByText('value 3')).toBeTruthy();
  });
});
