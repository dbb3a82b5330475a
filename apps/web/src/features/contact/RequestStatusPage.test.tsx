import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDatabaseForTests as databaseForTests } from '../../storage/db.js';
import { saveContactRequest } from '../../sync/local.js';
import RequestStatusPage from './RequestStatusPage.js';
import { aLocalContactRequest, renderInApp } from './test-support.js';

let counter = 0;
function freshDatabase(): void {
  counter += 1;
  databaseForTests(`status-page-${String(counter)}`);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('<RequestStatusPage>', () => {
  it('says a request typed offline will be sent as soon as the person is online', async () => {
    freshDatabase();
    await saveContactRequest(aLocalContactRequest());
    renderInApp(<RequestStatusPage params={{ id: 'local-1' }} />);
    expect(await screen.findByText('Votre demande est enregistrée sur cet appareil.')).toBeTruthy();
    expect(screen.getByText(/elle sera envoyée dès que la connexion reviendra, une seule fois/)).toBeTruthy();
    // jsdom has no Background Sync: the page says the request leaves only while Oz is open.
    expect(screen.getByText(/elle ne part que lorsque Oz est ouvert/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retirer ma demande' })).toBeTruthy();
  });

  it('shows the live status, its steps and the time left before the 48 h deadline', async () => {
    freshDatabase();
    vi.useFakeTimers({ now: Date.parse('2026-11-25T21:00:00Z'), toFake: ['Date'] });
    const fetch = vi.fn(() =>
      Promise.resolve(
        new Response(
          JSON.stringify({
            id: 'srv-1',
            status: 'assigned',
            subject: 'self',
            createdAt: '2026-11-24T08:00:00.000Z',
            dueAt: '2026-11-26T08:00:00.000Z',
            contactedAt: null,
            structure: { name: 'CSAPA Les Tilleuls', phone: '01 23 45 67 89' },
            steps: [
              { status: 'new', at: '2026-11-24T08:00:00.000Z' },
              { status: 'assigned', at: '2026-11-24T09:30:00.000Z' },
            ],
          }),
          { status: 200 },
        ),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    await saveContactRequest(
      aLocalContactRequest({
        state: 'sent',
        server: {
          id: 'srv-1',
          trackingToken: 'tracking-token-abcdefghijklmnop',
          createdAt: '2026-11-24T08:00:00.000Z',
          dueAt: '2026-11-26T08:00:00.000Z',
        },
        lastStatus: 'new',
      }),
    );
    renderInApp(<RequestStatusPage params={{ id: 'local-1' }} />);
    expect(await screen.findByText('CSAPA Les Tilleuls', { exact: false })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Prise en charge par un professionnel' })).toBeTruthy();
    expect(screen.getByText('(encore 11 heures)')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('Reçue'),
      expect.stringContaining('Prise en charge'),
    ]);
    expect(fetch).toHaveBeenCalledWith(
      '/api/contact-requests/srv-1',
      expect.objectContaining({
        headers: expect.objectContaining({ authorization: 'Bearer tracking-token-abcdefghijklmnop' }),
      }),
    );
  });

  it('says so when the server no longer has the request', async () => {
    freshDatabase();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('{}', { status: 404 }))),
    );
    await saveContactRequest(
      aLocalContactRequest({
        state: 'sent',
        server: {
          id: 'srv-2',
          trackingToken: 'tracking-token-abcdefghijklmnop',
          createdAt: '2026-11-24T08:00:00.000Z',
          dueAt: '2026-11-26T08:00:00.000Z',
        },
      }),
    );
    renderInApp(<RequestStatusPage params={{ id: 'local-1' }} />);
    expect(await screen.findByText(/n’existe plus sur le serveur/)).toBeTruthy();
  });
});
