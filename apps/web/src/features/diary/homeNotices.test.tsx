import { addDays } from '@oz/core';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { today } from '../../app/clock.js';
import { db } from '../../storage/db.js';
import { fourHeavyWeeks } from '../recommendation/recommendation.fixture.js';

/** Whether `first` comes before `second` in the page. */
function before(first: HTMLElement, second: HTMLElement): boolean {
  return (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

describe('the diary home’s notices', () => {
  const idle: IdleRequestCallback[] = [];

  beforeEach(async () => {
    freshDatabase();
    idle.length = 0;
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    // A browser able to receive reminders, and a first use more than a week ago: the offer is due.
    vi.stubGlobal('PushManager', function PushManager() {});
    vi.stubGlobal('Notification', function Notification() {});
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    await (await db()).put('reminders', { key: 'offer', firstUseOn: addDays(today(), -8), answeredAt: null });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('shows the safety card without waiting, then the other notices one idle period each, in their order', async () => {
    await fourHeavyWeeks();
    await renderApp('/');
    // The safety card needs no idle period: it comes with the home, as before.
    const card = await screen.findByTestId('recommendation-card');
    expect(screen.queryByTestId('resume-test')).toBeNull();

    const nextIdlePeriod = async (): Promise<void> => {
      await waitFor(() => expect(idle).toHaveLength(1));
      idle.shift()?.({ didTimeout: false, timeRemaining: () => 10 });
    };
    await nextIdlePeriod();
    const resume = await screen.findByTestId('resume-test');
    expect(screen.queryByTestId('wellbeing-prompt')).toBeNull();
    await nextIdlePeriod();
    const wellbeing = await screen.findByTestId('wellbeing-prompt');
    expect(screen.queryByTestId('reminder-offer')).toBeNull();
    await nextIdlePeriod();
    const offer = await screen.findByTestId('reminder-offer');

    const verdict = screen.getByTestId('week-verdict');
    expect(before(card, verdict)).toBe(true);
    expect(before(verdict, resume)).toBe(true);
    expect(before(resume, wellbeing)).toBe(true);
    expect(before(wellbeing, offer)).toBe(true);
    expect(screen.getByTestId('recommendation-card')).toBe(card);
  });
});
