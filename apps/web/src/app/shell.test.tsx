import { createCustomDrink } from '@oz/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../test/renderApp.js';
import { en } from '../i18n/en.js';
import { fr } from '../i18n/fr.js';
import { render as renderMessage } from '../i18n/format.js';
import { allCustomDrinks, getPreferences, saveCustomDrink } from '../storage/repositories.js';
import { matchPath } from './match.js';

describe('router', () => {
  it('matches static and parameterised paths', () => {
    expect(matchPath('/journal/jour/:date', '/journal/jour/2026-11-24')).toEqual({ date: '2026-11-24' });
    expect(matchPath('/calendrier', '/calendrier/')).toEqual({});
    expect(matchPath('/calendrier', '/objectifs')).toBeNull();
    expect(matchPath('/resultat/:id', '/resultat')).toBeNull();
  });
});

describe('messages', () => {
  it('has an English message for every French key', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('chooses plural forms and formats numbers for the locale', () => {
    expect(renderMessage('fr', fr['add.totalPreview'], { amount: '1,5', count: 1.5 })).toBe(
      'Soit 1,5 verre standard',
    );
    expect(renderMessage('en', en['add.totalPreview'], { amount: '2.0', count: 2 })).toBe(
      'That is 2.0 standard drinks',
    );
    expect(renderMessage('fr', fr['result.score'], { total: 4, max: 12 })).toBe('Score\u00a0: 4 sur 12');
  });
});

describe('shell', () => {
  beforeEach(freshDatabase);

  it('shows help within reach and the main navigation on every screen', async () => {
    await renderApp('/calendrier');
    expect(screen.getByRole('link', { name: 'Aide' }).getAttribute('href')).toBe('/aide');
    expect(screen.getByRole('link', { name: '0\u00a0980\u00a0980\u00a0930' }).getAttribute('href')).toBe(
      'tel:+33980980930',
    );
    expect(screen.getByRole('link', { name: '15' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Calendrier');
  });

  it('switches the whole app to English from the settings and remembers it', async () => {
    const user = userEvent.setup();
    await renderApp('/reglages');
    await user.click(screen.getByLabelText('English'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Help' })).toBeTruthy();
    await waitFor(async () => expect((await getPreferences()).locale).toBe('en'));
  });

  it('shows a not-found page for an unknown address', async () => {
    await renderApp('/nulle-part');
    expect(screen.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeTruthy();
  });
});

describe('my drinks', () => {
  beforeEach(freshDatabase);

  it('removes a custom drink from "Mes boissons", with undo', async () => {
    const drink = createCustomDrink({ id: 'custom:ipa', name: 'IPA maison', volumeMl: 330, abvPercent: 6.5 });
    await saveCustomDrink({ ...drink, createdAt: '2026-11-20T10:00:00.000Z' });
    const user = userEvent.setup();
    await renderApp('/reglages');
    await user.click(await screen.findByRole('button', { name: 'Supprimer IPA maison de Mes boissons' }));
    await waitFor(async () => expect(await allCustomDrinks()).toHaveLength(0));
    await user.click(await screen.findByRole('button', { name: 'Annuler' }));
    await waitFor(async () => expect(await allCustomDrinks()).toHaveLength(1));
  });
});
