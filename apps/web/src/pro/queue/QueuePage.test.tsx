import { deadlineState, dueAtOf } from '@oz/core';
import type { ProSession, QueueItem } from '@oz/contracts';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProI18nProvider } from '../i18n/ProI18n.js';
import { proFr } from '../i18n/messages.fr.js';
import { SessionProvider } from '../shell/session.js';
import { QueuePage } from './QueuePage.js';
import { QueueTable } from './QueueTable.js';

const NOW = Date.parse('2026-11-24T12:00:00Z');
const HOUR = 3_600_000;

/** A queue line as the server sends it at NOW: its flags computed by @oz/core's deadline rule. */
function aQueueItem(overrides: Partial<QueueItem> = {}): QueueItem {
  const createdAt = overrides.createdAt ?? new Date(NOW - 10 * HOUR).toISOString();
  const status = overrides.status ?? 'new';
  const dueAt = dueAtOf(new Date(createdAt));
  const state = deadlineState(
    { status, createdAt: new Date(createdAt), dueAt, contactedAt: null },
    new Date(NOW),
  );
  return {
    id: 'req-1',
    status,
    subject: 'self',
    firstName: 'Camille',
    postalCode: '75011',
    structureId: 'csapa-1',
    assignedTo: null,
    createdAt,
    dueAt: dueAt.toISOString(),
    msLeft: state.msLeft,
    breached: state.breached,
    alert: state.alert,
    hasAttachment: false,
    referredFrom: null,
    ...overrides,
  };
}

const late = aQueueItem({
  id: 'late',
  firstName: 'Alex',
  createdAt: new Date(NOW - 51 * HOUR).toISOString(),
});
const soon = aQueueItem({
  id: 'soon',
  firstName: 'Sam',
  status: 'assigned',
  createdAt: new Date(NOW - 37 * HOUR).toISOString(),
  assignedTo: { id: 'u-2', displayName: 'Dr Martin' },
});
const fresh = aQueueItem({
  id: 'fresh',
  firstName: 'Lou',
  createdAt: new Date(NOW - 2 * HOUR).toISOString(),
});
const done = aQueueItem({
  id: 'done',
  firstName: 'Noa',
  status: 'contacted',
  createdAt: new Date(NOW - 60 * HOUR).toISOString(),
});

function inFrench(ui: React.ReactNode): React.ReactNode {
  return (
    <ProI18nProvider locale="fr" catalogue={proFr}>
      {ui}
    </ProI18nProvider>
  );
}

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('link', { name }).closest('tr');
  if (row === null) throw new Error(`no row for ${name}`);
  return row;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('<QueueTable>', () => {
  it('reads each deadline in words, and flags breaches and the 36 h alert with text, not colour', () => {
    render(
      inFrench(
        <QueueTable requests={[late, soon, fresh, done]} elapsedMs={0} selected={0} onTake={vi.fn()} />,
      ),
    );
    expect(rowOf('Alex').textContent).toContain('Délai dépassé');
    expect(rowOf('Alex').textContent).toContain('dépassé de 3\u00a0h');
    expect(rowOf('Sam').textContent).toContain('Bientôt dû');
    expect(rowOf('Sam').textContent).toContain('reste 11\u00a0h');
    expect(rowOf('Lou').textContent).toContain('reste 46\u00a0h');
    expect(rowOf('Lou').textContent).not.toContain('Bientôt dû');
    expect(rowOf('Noa').textContent).toContain('contactée');
    expect(within(rowOf('Lou')).getByRole('button', { name: 'Prendre Lou' })).toBeTruthy();
    expect(within(rowOf('Sam')).getByRole('link', { name: 'Ouvrir Sam' })).toBeTruthy();
  });

  it('ages the server flags with the time since its answer: the alert and the breach come due on screen', () => {
    const { unmount } = render(
      inFrench(<QueueTable requests={[fresh]} elapsedMs={34 * HOUR} selected={0} onTake={vi.fn()} />),
    );
    expect(rowOf('Lou').textContent).toContain('Bientôt dû');
    expect(rowOf('Lou').textContent).toContain('reste 12\u00a0h');
    unmount();
    render(inFrench(<QueueTable requests={[fresh]} elapsedMs={47 * HOUR} selected={0} onTake={vi.fn()} />));
    expect(rowOf('Lou').textContent).toContain('Délai dépassé');
    expect(rowOf('Lou').textContent).toContain('dépassé de 1\u00a0h');
  });

  it('keeps a flag the server raised even if this device would not (its clock is not trusted)', () => {
    const flagged = { ...fresh, alert: true };
    render(inFrench(<QueueTable requests={[flagged]} elapsedMs={0} selected={0} onTake={vi.fn()} />));
    expect(rowOf('Lou').textContent).toContain('Bientôt dû');
  });
});

describe('<QueuePage>', () => {
  it('loads the queue, most urgent first, and says how many requests missed the deadline', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const fetch = vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify({ requests: [fresh, late, soon], now: new Date(NOW).toISOString() })),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    const session: ProSession = {
      user: {
        id: 'u-1',
        email: 'pro@example.fr',
        displayName: 'Dr Durand',
        role: 'professional',
        structureId: 'csapa-1',
        active: true,
        totpEnabled: false,
        mustChangePassword: false,
      },
      csrfToken: 'csrf',
      idleExpiresAt: new Date(NOW + HOUR).toISOString(),
      absoluteExpiresAt: new Date(NOW + 12 * HOUR).toISOString(),
    };
    render(
      inFrench(
        <SessionProvider value={{ session, refresh: vi.fn(), signOut: vi.fn() }}>
          <QueuePage />
        </SessionProvider>,
      ),
    );
    const summary = await screen.findByText(/3 demandes\./);
    expect(summary.textContent).toContain('1 a dépassé le délai de 48\u00a0h.');
    const names = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('link')[0]?.textContent);
    expect(names).toEqual(['Alex', 'Sam', 'Lou']);
    expect(fetch).toHaveBeenCalledWith(
      '/api/pro/requests?assigned=any',
      expect.objectContaining({ method: 'GET' }),
    );
  });
});
