import { ARTICLE_IDS } from '@oz/core';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../../test/renderApp.js';
import { updatePreferences } from '../../storage/repositories.js';
import { ARTICLES } from './articles.js';

describe('articles', () => {
  beforeEach(freshDatabase);

  it('loads every article of the data files', () => {
    expect(ARTICLES.map((article) => article.id)).toEqual([...ARTICLE_IDS]);
  });

  it('lists the articles from « Plus »', async () => {
    await renderApp('/plus');
    expect(screen.getByRole('link', { name: /^Articles/ }).getAttribute('href')).toBe('/articles');
    await renderApp('/articles');
    expect(await screen.findAllByRole('link', { name: /minutes? de lecture/ })).toHaveLength(
      ARTICLE_IDS.length,
    );
  });

  it('shows an article: summary first, paragraphs, sources as links at the end', async () => {
    await renderApp('/articles/withdrawal');
    expect(await screen.findByRole('heading', { level: 1, name: /Le sevrage/ })).toBeTruthy();
    const summary = screen.getByRole('region', { name: 'En bref' });
    expect(summary.textContent).toMatch(/parlez-en à un médecin/);
    const sources = screen.getByRole('region', { name: 'Sources' });
    const links = within(sources).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(screen.getByRole('region', { name: 'À lire aussi' })).toBeTruthy();
  });

  it('is complete in English', async () => {
    await updatePreferences({ locale: 'en' });
    const { en } = await import('../../i18n/en.js');
    const { render } = await import('@testing-library/react');
    const { App } = await import('../../app/App.js');
    const { getPreferences } = await import('../../storage/repositories.js');
    window.history.replaceState(null, '', '/articles/pregnancy');
    render(<App preferences={await getPreferences()} catalogue={en} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pregnancy and alcohol' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'In short' }).textContent).toMatch(/zero alcohol/);
  });

  it('says plainly when an article does not exist', async () => {
    await renderApp('/articles/hangover');
    expect(await screen.findByText('Cet article n’existe pas, ou plus.')).toBeTruthy();
  });
});
