import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDatabaseForTests as databaseForTests } from '../../storage/db.js';
import { getShare } from '../../sync/local.js';
import { renderInApp } from '../contact/test-support.js';
import LinkPage from './LinkPage.js';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('<LinkPage>', () => {
  it('takes the code from the QR link, and says plainly when it is not recognised', async () => {
    databaseForTests('link-page-invalid');
    window.history.replaceState(null, '', '/lien?code=K7M2-QX9P');
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('{}', { status: 404 }))),
    );
    renderInApp(<LinkPage />);
    const input = screen.getByLabelText<HTMLInputElement>('Code d’invitation');
    expect(input.value).toBe('K7M2-QX9P');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Me relier' }));
    expect((await screen.findByRole('alert')).textContent).toContain('n’est pas reconnu ou a expiré');
  });

  it('links, keeps the share token on the device only, and shares nothing yet', async () => {
    databaseForTests('link-page-ok');
    const fetch = vi.fn<(path: string, init: RequestInit) => Promise<Response>>(() =>
      Promise.resolve(
        new Response(
          JSON.stringify({
            id: 'share-9',
            shareToken: 'share-token-abcdefghijklmnopqrstuvwxyz',
            structure: { id: 'csapa-1', name: 'CSAPA Les Tilleuls' },
          }),
          { status: 201 },
        ),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    renderInApp(<LinkPage />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Code d’invitation'), 'k7m2 qx9p');
    await user.click(screen.getByRole('button', { name: 'Me relier' }));
    await waitFor(() => expect(window.location.pathname).toBe('/partage/share-9'));
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/shares');
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1].body))).toEqual({ code: 'K7M2QX9P' });
    expect(await getShare('share-9')).toMatchObject({
      scopes: [],
      lastUploadedAt: null,
      structure: { name: 'CSAPA Les Tilleuls' },
    });
  });
});
