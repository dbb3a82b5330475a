import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider.js';
import { fr } from '../../i18n/fr.js';
import type { Profile } from '../../storage/types.js';
import { ProfileFields } from './ProfileFields.js';

const unsaved: Profile = { sex: 'unspecified', ageBand: null };

describe('profile fields', () => {
  it('shows a choice at once, before the device has stored it', async () => {
    const save = vi.fn();
    render(
      <I18nProvider locale="fr" catalogue={fr}>
        <ProfileFields profile={unsaved} onChange={save} />
      </I18nProvider>,
    );
    await userEvent.setup().click(screen.getByLabelText('Une femme'));
    expect((screen.getByLabelText('Une femme') as HTMLInputElement).checked).toBe(true);
    expect(save).toHaveBeenCalledWith({ sex: 'female', ageBand: null });
  });
});
