import type { ProSession, ProUser, TeamInvitation } from '@oz/contracts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProI18nProvider } from '../i18n/ProI18n.js';
import { proFr } from '../i18n/messages.fr.js';
import { SessionProvider } from '../shell/session.js';
import { TeamPage } from './TeamPage.js';

function aUser(overrides: Partial<ProUser> = {}): ProUser {
  return {
    id: 'u-admin',
    email: 'admin@csapa.example',
    displayName: 'Dr Durand',
    role: 'structure_admin',
    structureId: 'csapa-1',
    active: true,
    totpEnabled: false,
    mustChangePassword: false,
    ...overrides,
  };
}

function anInvitation(overrides: Partial<TeamInvitation> = {}): TeamInvitation {
  return {
    id: 'inv-1',
    email: 'lou@example.org',
    displayName: 'Lou',
    role: 'professional',
    expiresAt: '2026-12-01T10:00:00.000Z',
    status: 'pending',
    ...overrides,
  };
}

function sessionOf(user: ProUser): ProSession {
  return {
    user,
    csrfToken: 'csrf',
    idleExpiresAt: '2026-11-24T13:00:00.000Z',
    absoluteExpiresAt: '2026-11-24T23:00:00.000Z',
  };
}

/** A fake server: the team, the pending invitations, and every invitation answered 202 alike. */
function stubServer(invitations: TeamInvitation[]) {
  const fetch = vi.fn((url: string, init: RequestInit) => {
    const json = (body: unknown, status = 200) =>
      Promise.resolve(new Response(JSON.stringify(body), { status }));
    if (url === '/api/pro/users') return json({ users: [aUser()] });
    if (url === '/api/pro/team-invitations' && init.method === 'GET') return json({ invitations });
    if (url === '/api/pro/team-invitations' && init.method === 'POST') {
      const body = JSON.parse(String(init.body)) as { email: string; displayName: string };
      const invitation = anInvitation({ id: 'inv-2', email: body.email, displayName: body.displayName });
      invitations.push(invitation);
      return json(invitation, 202);
    }
    return json({ error: { code: 'not_found', message: 'unexpected call' } }, 404);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function renderAs(user: ProUser): void {
  render(
    <ProI18nProvider locale="fr" catalogue={proFr}>
      <SessionProvider value={{ session: sessionOf(user), refresh: vi.fn(), signOut: vi.fn() }}>
        <TeamPage />
      </SessionProvider>
    </ProI18nProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('<TeamPage>', () => {
  it('lets a structure admin invite, not create: « Invitation envoyée » and the pending list', async () => {
    const fetch = stubServer([anInvitation()]);
    renderAs(aUser());
    const pending = await screen.findByRole('region', { name: 'Invitations en attente' });
    expect(within(pending).getByRole('cell', { name: 'lou@example.org' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Créer un compte directement' })).toBeNull();

    const form = screen.getByRole('heading', { name: 'Inviter un membre de l’équipe' }).closest('form');
    if (form === null) throw new Error('no invitation form');
    fireEvent.change(within(form).getByLabelText('Nom affiché'), { target: { value: 'Sam' } });
    fireEvent.change(within(form).getByLabelText('Courriel'), { target: { value: 'sam@example.org' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Envoyer l’invitation' }));

    expect((await screen.findByRole('status')).textContent).toBe('Invitation envoyée à sam@example.org.');
    expect(fetch).toHaveBeenCalledWith(
      '/api/pro/team-invitations',
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify({
          email: 'sam@example.org',
          displayName: 'Sam',
          role: 'professional',
          structureId: 'csapa-1',
        }),
      }),
    );
    expect(fetch).not.toHaveBeenCalledWith('/api/pro/users', expect.objectContaining({ method: 'POST' }));
    expect(await within(pending).findByRole('cell', { name: 'sam@example.org' })).toBeTruthy();
    expect((within(form).getByLabelText('Courriel') as HTMLInputElement).value).toBe('');
  });

  it('says when no invitation is pending, and keeps direct creation for platform admins', async () => {
    stubServer([]);
    renderAs(aUser({ role: 'platform_admin', structureId: null }));
    expect(await screen.findByText('Aucune invitation en attente.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Créer un compte directement' })).toBeTruthy();
  });
});
