import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { db } from '../../storage/db.js';
import { dismissWriteFailure } from '../../storage/health.js';

describe('a write the device refuses', () => {
  beforeEach(freshDatabase);
  afterEach(dismissWriteFailure);

  it('says so, and keeps what the person typed to try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await renderApp('/journal/jour/2026-11-10');
    await user.click(await screen.findByRole('radio', { name: 'Pas bien' }));
    await user.type(screen.getByLabelText('Note privée'), 'Soirée difficile');
    // The storage fails under the screen (disk full, browser closing the connection…).
    (await db()).close();
    await user.click(screen.getByRole('button', { name: 'Enregistrer ma journée' }));

    const notice = await screen.findByTestId('storage-notice');
    expect(notice.textContent).toContain('Ce que vous avez saisi est toujours là');
    expect(within(notice).getByRole('button', { name: 'Recharger la page' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Note privée').value).toBe('Soirée difficile');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Pas bien' }).checked).toBe(true);
  });
});
