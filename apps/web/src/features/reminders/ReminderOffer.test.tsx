import { addDays, isoDate } from '@oz/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { today } from '../../app/clock.js';
import { db } from '../../storage/db.js';
import { reminderOfferDue } from './ReminderOffer.js';
import { getReminderOffer } from './store.js';

describe('when the one-time offer of reminders is due', () => {
  const firstUse = isoDate('2026-12-01');
  it.each([
    ['the first day', '2026-12-01', false, false],
    ['six days later', '2026-12-07', false, false],
    ['a week later', '2026-12-08', false, true],
    ['months later, never answered', '2027-03-01', false, true],
    ['a week later, already answered', '2026-12-08', true, false],
  ])('%s', (_label, day, answered, due) => {
    expect(reminderOfferDue(firstUse, isoDate(day), answered)).toBe(due);
  });
});

describe('the offer on the diary home', () => {
  beforeEach(async () => {
    freshDatabase();
    // A browser able to receive reminders (jsdom has none of these).
    vi.stubGlobal('PushManager', function PushManager() {});
    vi.stubGlobal('Notification', function Notification() {});
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    const offer = { key: 'offer' as const, firstUseOn: addDays(today(), -8), answeredAt: null };
    await (await db()).put('reminders', offer);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('is shown once after a week of use, and « Non merci » ends it for good', async () => {
    const user = userEvent.setup();
    await renderApp('/');
    await screen.findByRole('heading', { name: 'Un rappel le soir\u00a0?' });
    expect(screen.getByRole('link', { name: 'Choisir mes rappels' }).getAttribute('href')).toBe('/reglages');
    await user.click(screen.getByRole('button', { name: 'Non merci' }));
    await waitFor(() => expect(screen.queryByTestId('reminder-offer')).toBeNull());
    expect((await getReminderOffer())?.answeredAt).not.toBeNull();
  });
});
