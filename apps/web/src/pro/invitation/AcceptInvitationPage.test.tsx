import type { ProSession } from '@oz/contracts';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProI18nProvider } from '../i18n/ProI18n.js';
import { proFr } from '../i18n/messages.fr.js';
import { AcceptInvitationPage } from './AcceptInvitationPage.js';

const TOKEN = 'k'.repeat(43);
const PASSWORD = 'une phrase de passe';
const SESSION: ProSession = {
  user: {
    id: 'u-new',
    email: 'lou@example.org',
    displayName: 'Lou',
    role: 'professional',
    structureId: 'csapa-1',
    active: true,
    totpEnabled: false,
    mustChangePassword: false,
  },
  csrfToken: 'csrf',
  idleExpiresAt: '2026-11-24T13:00:00.000Z',
  absoluteExpiresAt: '2026-11-24T23:00:00.000Z',
};

function json(body: unknown, status = 200): Promise<Response> {
  return Promise.resolve(new Response(JSON.stringify(body), { status }));
}

function renderPage(onSignedIn = vi.fn()): void {
  render(
    <ProI18nProvider locale="fr" catalogue={proFr}>
      <AcceptInvitationPage onSignedIn={onSignedIn} onSignInNeeded={vi.fn()} />
    </ProI18nProvider>,
  );
}

function choose(password: string, repeat = password): void {
  fireEvent.change(screen.getByLabelText('Mot de passe', { exact: true }), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('Mot de passe, une deuxième fois'), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
}

beforeEach(() => {
  window.history.replaceState(null, '', `/pro/invitation#${TOKEN}`);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('<AcceptInvitationPage>', () => {
  it('takes the token from the fragment, hides it, creates the account and signs in', async () => {
    const fetch = vi.fn((url: string) =>
      url === '/api/pro/team-invitations/accept' ? json({ email: 'lou@example.org' }, 201) : json(SESSION),
    );
    vi.stubGlobal('fetch', fetch);
    const onSignedIn = vi.fn();
    renderPage(onSignedIn);
    expect(window.location.hash).toBe('');
    choose(PASSWORD);
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(SESSION));
    expect(fetch).toHaveBeenNthCalledWith(
      1,
      '/api/pro/team-invitations/accept',
      expect.objectContaining({ method: 'POST', body: JSON.stringify({ token: TOKEN, password: PASSWORD }) }),
    );
    expect(fetch).toHaveBeenNthCalledWith(
      2,
      '/api/pro/session',
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify({ email: 'lou@example.org', password: PASSWORD }),
      }),
    );
  });

  it('applies the password rules of the password change screen before calling the server', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderPage();
    choose('court');
    expect(screen.getByRole('alert').textContent).toBe(
      'Le nouveau mot de passe doit faire au moins 12 caractères.',
    );
    choose(PASSWORD, `${PASSWORD}!`);
    expect(screen.getByRole('alert').textContent).toBe('Les deux saisies ne sont pas identiques.');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says the link is no longer valid, whatever the reason', async () => {
    vi.stubGlobal('fetch', () =>
      json({ error: { code: 'invitation_invalid', message: 'token: invalid' } }, 400),
    );
    renderPage();
    choose(PASSWORD);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Ce lien d’invitation n’est plus valable',
    );
  });

  it('says a link without its token is incomplete', () => {
    window.history.replaceState(null, '', '/pro/invitation');
    renderPage();
    expect(screen.getByRole('alert').textContent).toContain('Ce lien est incomplet.');
  });
});
