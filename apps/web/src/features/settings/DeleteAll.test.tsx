import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { allShares, saveShare } from '../../sync/local.js';
import type { LocalShare } from '../../sync/types.js';

const aShare: LocalShare = {
  id: 'share-1',
  shareToken: 'share-token-abcdefghijklmnopqrstuvwxyz',
  structure: { id: 'csapa-1', name: 'CSAPA Les Tilleuls' },
  linkedAt: '2026-11-24T08:00:00.000Z',
  scopes: ['diary'],
  lastUploadedAt: null,
  revokeRequestedAt: null,
};

async function openConfirmation(): Promise<void> {
  const user = userEvent.setup();
  await renderApp('/donnees');
  await user.click(screen.getByRole('button', { name: 'Effacer toutes mes données' }));
  await user.click(screen.getByRole('button', { name: 'Oui, tout effacer' }));
}

describe('delete everything', () => {
  beforeEach(freshDatabase);
  afterEach(() => vi.unstubAllGlobals());

  it('erases the server copy of a share with its token before erasing the device', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    await saveShare(aShare);
    await openConfirmation();
    await waitFor(async () => expect(await allShares()).toEqual([]));
    expect(fetchMock).toHaveBeenCalledWith('/api/shares/share-1', {
      method: 'DELETE',
      headers: { authorization: `Bearer ${aShare.shareToken}` },
      credentials: 'omit',
    });
  });

  it('offline, keeps everything and lets the person retry or erase the device only', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await saveShare(aShare);
    await openConfirmation();
    expect(await screen.findByText(/n’ont pas pu être effacées du serveur/)).toBeTruthy();
    expect(await allShares()).toHaveLength(1);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Effacer seulement cet appareil' }));
    await waitFor(async () => expect(await allShares()).toEqual([]));
  });
});
