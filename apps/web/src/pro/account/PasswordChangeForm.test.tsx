import type { ProUser } from '@oz/contracts';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProI18nProvider } from '../i18n/ProI18n.js';
import { proFr } from '../i18n/messages.fr.js';
import { PasswordChangeForm } from './PasswordChangeForm.js';

const USER: ProUser = {
  id: 'u-1',
  email: 'lou@example.org',
  displayName: 'Lou',
  role: 'professional',
  structureId: 'csapa-1',
  active: true,
  totpEnabled: false,
  mustChangePassword: false,
};

function renderForm(onDone = vi.fn()): void {
  render(
    <ProI18nProvider locale="fr" catalogue={proFr}>
      <PasswordChangeForm onDone={onDone} />
    </ProI18nProvider>,
  );
}

function change(next: string, repeat = next): void {
  fireEvent.change(screen.getByLabelText('Mot de passe actuel'), { target: { value: 'ancienne phrase' } });
  fireEvent.change(screen.getByLabelText('Nouveau mot de passe', { exact: true }), {
    target: { value: next },
  });
  fireEvent.change(screen.getByLabelText('Nouveau mot de passe, une deuxième fois'), {
    target: { value: repeat },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('<PasswordChangeForm>', () => {
  it('says what is wrong without sending a short or mistyped password, and keeps what was typed', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderForm();
    change('court');
    expect(screen.getByRole('alert').textContent).toContain('au moins');
    change('une phrase de passe', 'une phrase de pass');
    expect(screen.getByRole('alert').textContent).toContain('pas identiques');
    expect(screen.getByLabelText<HTMLInputElement>('Nouveau mot de passe', { exact: true }).value).toBe(
      'une phrase de passe',
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the current and the new password, then says it is done', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify(USER), { status: 200 })));
    vi.stubGlobal('fetch', fetch);
    const onDone = vi.fn();
    renderForm(onDone);
    change('une phrase de passe');
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(onDone).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/pro/me/password');
    expect(JSON.parse(String(init.body))).toEqual({
      currentPassword: 'ancienne phrase',
      newPassword: 'une phrase de passe',
    });
  });
});
