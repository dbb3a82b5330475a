import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { TOULOUSE, aSearchResponse, aSnapshot, aStructure } from './help.fixture.js';
import { loadOfflineDirectory } from './offlineStore.js';

type Handler = (url: URL) => Response | Promise<Response>;

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A fake same-origin API: the snapshot and postal codes always answer; searches answer with `search`. */
function stubApi(search: Handler, snapshot = aSnapshot()): ReturnType<typeof vi.fn> {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://oz.test');
    if (url.pathname === '/api/structures/snapshot') return json(snapshot, 200, { etag: '"s1"' });
    if (url.pathname === '/api/places/postal-codes') {
      return json({ version: 'p1', postalCodes: { '75012': [48.8412, 2.3876] } }, 200, { etag: '"p1"' });
    }
    if (url.pathname === '/api/places') return json({ places: [TOULOUSE] });
    return search(url);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('Trouver de l’aide', () => {
  beforeEach(freshDatabase);
  afterEach(() => vi.unstubAllGlobals());

  it('always shows Alcool Info Service, and the orientation from the pathway', async () => {
    stubApi(() => json(aSearchResponse()));
    await renderApp('/aide?type=cjc');
    expect(screen.getByRole('heading', { level: 1, name: 'Trouver de l’aide' })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Appeler le 0\u00a0980\u00a0980\u00a0930' }).getAttribute('href'),
    ).toBe('tel:+33980980930');
    expect(screen.getByText(/^Appel anonyme et non surtaxé, tous les jours/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Une suggestion d’après vos réponses' })).toBeTruthy();
    expect(screen.getByText(/CJC \(Consultation jeunes consommateurs\)/)).toBeTruthy();
    expect((screen.getByLabelText('Jeunes (12–25 ans)') as HTMLInputElement).checked).toBe(true);
  });

  it('searches a postal code with the suggested types and shows distance, call and coverage', async () => {
    const user = userEvent.setup();
    const fetchMock = stubApi(() => json(aSearchResponse()));
    await renderApp('/aide?type=cjc');
    await user.type(screen.getByRole('combobox', { name: 'Code postal ou commune' }), '31200');
    await user.click(screen.getByRole('button', { name: 'Chercher' }));
    expect(await screen.findByRole('heading', { name: 'CSAPA ANPAA HAUTE-GARONNE' })).toBeTruthy();
    expect(screen.getByText('à ~2,6 km')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Appeler 05 61 62 14 26' }).getAttribute('href')).toBe(
      'tel:0561621426',
    );
    expect(
      screen.getByText(/couvre pour l’instant seulement : Haute-Garonne \(31\), Paris \(75\)/),
    ).toBeTruthy();
    const searchCall = fetchMock.mock.calls
      .map(([url]) => String(url))
      .find((url) => url.startsWith('/api/structures?'));
    expect(searchCall).toBe('/api/structures?near=31200&types=cjc%2Ccsapa&public=young&limit=20');
  });

  it('offers the homonyms and searches the chosen one by its point', async () => {
    const user = userEvent.setup();
    const fetchMock = stubApi((url) =>
      url.searchParams.has('near')
        ? json({ error: { code: 'ambiguous_place', message: 'x' }, candidates: [TOULOUSE] }, 409)
        : json(aSearchResponse([aStructure({ distanceKm: 80 })])),
    );
    await renderApp('/aide');
    await user.type(screen.getByRole('combobox', { name: 'Code postal ou commune' }), 'Toulous');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Chercher' }));
    await user.click(await screen.findByRole('button', { name: 'Toulouse (31) · 31000' }));
    expect(await screen.findByRole('heading', { name: 'Lieux près de Toulouse (31)' })).toBeTruthy();
    expect(screen.getByText(/Oz ne connaît pas encore de lieu près de chez vous/)).toBeTruthy();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain(
      '/api/structures?lat=43.59638&lon=1.43167&limit=20',
    );
  });

  it('searches offline from the saved directory when the network fails', async () => {
    const user = userEvent.setup();
    const fetchMock = stubApi(() => Promise.reject(new TypeError('Failed to fetch')));
    await renderApp('/aide');
    // The background refresh has stored both files on the device.
    await waitFor(async () => {
      const saved = await loadOfflineDirectory();
      expect(saved.snapshot?.etag).toBe('"s1"');
      expect(saved.postalCodes?.etag).toBe('"p1"');
    });
    expect(fetchMock).toHaveBeenCalled();
    await user.type(screen.getByRole('combobox', { name: 'Code postal ou commune' }), '75012');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Chercher' }));
    expect(await screen.findByText(/Hors connexion : résultats tirés de l’annuaire enregistré/)).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['CSAPA La Corde Raide', 'CSAPA ANPAA HAUTE-GARONNE']);
  });

  it('finds offline a commune name searched before online, and says when a name is unknown offline', async () => {
    const user = userEvent.setup();
    let online = true;
    stubApi(() => (online ? json(aSearchResponse()) : Promise.reject(new TypeError('Failed to fetch'))));
    await renderApp('/aide');
    await waitFor(async () => expect((await loadOfflineDirectory()).snapshot).toBeDefined());
    const field = screen.getByRole('combobox', { name: 'Code postal ou commune' });
    await user.type(field, 'Toulouse');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Chercher' }));
    expect(await screen.findByRole('heading', { name: 'Lieux près de Toulouse (31)' })).toBeTruthy();
    online = false;
    await user.clear(field);
    await user.type(field, 'toulouse');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Chercher' }));
    expect(await screen.findByText(/Hors connexion : résultats tirés/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Lieux près de Toulouse (31)' })).toBeTruthy();
    await user.clear(field);
    await user.type(field, 'Lyon');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Chercher' }));
    expect(await screen.findByText(/Hors connexion, la recherche marche avec un code postal/)).toBeTruthy();
  });

  it('shows offline, from the snapshot, that a place takes no new people for now', async () => {
    const user = userEvent.setup();
    const snapshot = aSnapshot();
    const [toulouse, paris] = snapshot.structures;
    if (toulouse === undefined || paris === undefined) throw new Error('fixture changed');
    const declaredAt = '2026-11-20T09:30:00.000Z';
    snapshot.structures = [
      { ...toulouse, waitTimeDays: 9, acceptingNewPeople: true, availabilityDeclaredAt: declaredAt },
      { ...paris, waitTimeDays: null, acceptingNewPeople: false, availabilityDeclaredAt: declaredAt },
    ];
    stubApi(() => Promise.reject(new TypeError('Failed to fetch')), snapshot);
    await renderApp('/aide');
    await waitFor(async () => expect((await loadOfflineDirectory()).snapshot).toBeDefined());
    await user.type(screen.getByRole('combobox', { name: 'Code postal ou commune' }), '75012');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Chercher' }));
    expect(await screen.findByText(/Hors connexion : résultats tirés/)).toBeTruthy();
    expect(screen.getByText('N’accepte pas de nouvelles personnes pour le moment')).toBeTruthy();
    expect(screen.getByText(/sont placés après ceux qui en acceptent à distance comparable/)).toBeTruthy();
    expect(
      screen.getByText('Délai pour un premier rendez-vous : ~9 jours (déclaré le 20 novembre 2026)'),
    ).toBeTruthy();
  });
});
