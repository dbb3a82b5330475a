import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fr } from '../i18n/fr.js';
import { I18nProvider } from '../i18n/I18nProvider.js';
import { useStored } from '../storage/changes.js';
import { ErrorBoundary } from '../ui/ErrorBoundary.js';
import { isChunkLoadError, isStorageError, StorageReadError } from './failures.js';
import { ScreenFailure } from './ScreenFailure.js';

function inScreenBoundary(children: ReactNode): ReactNode {
  return (
    <I18nProvider locale="fr" catalogue={fr}>
      <ErrorBoundary fallback={(error, retry) => <ScreenFailure error={error} retry={retry} />}>
        {children}
      </ErrorBoundary>
    </I18nProvider>
  );
}

function Throws({ error }: { readonly error: unknown }): ReactNode {
  throw error;
}

describe('recognising failures', () => {
  it.each([
    [
      new TypeError('Failed to fetch dynamically imported module: https://oz.fr/assets/DayPage-1a2b.js'),
      true,
    ],
    [new TypeError('error loading dynamically imported module: https://oz.fr/assets/x.js'), true],
    [new TypeError('Importing a module script failed.'), true],
    [new TypeError('Failed to fetch'), false],
    [new Error('boom'), false],
  ])('%s is a missing chunk: %s', (error, chunk) => {
    expect(isChunkLoadError(error)).toBe(chunk);
  });

  it.each([
    [new DOMException('full', 'QuotaExceededError'), true],
    [new DOMException('closing', 'InvalidStateError'), true],
    [new StorageReadError('UnknownError'), true],
    [new DOMException('nope', 'SyntaxError'), false],
    [new Error('boom'), false],
  ])('%s is a storage failure: %s', (error, storage) => {
    expect(isStorageError(error)).toBe(storage);
  });
});

describe('a screen that fails', () => {
  it('whose code is gone after a deploy offers to reload, and nothing else', () => {
    const error = new TypeError('Failed to fetch dynamically imported module: /assets/DayPage-1a2b.js');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(inScreenBoundary(<Throws error={error} />));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Une nouvelle version d’Oz est disponible',
    );
    expect(screen.getByRole('button', { name: 'Recharger la page' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
  });

  it('can be tried again, and shows the screen once it works', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const flaky = { broken: true };
    function Flaky(): ReactNode {
      if (flaky.broken) throw new Error('this render fails');
      return <p>Écran affiché</p>;
    }
    render(inScreenBoundary(<Flaky />));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Cet écran a rencontré un problème');
    flaky.broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(screen.getByText('Écran affiché')).toBeTruthy();
  });

  it('whose storage cannot be read says so instead of loading forever', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Reads(): ReactNode {
      const loaded = useStored(() => Promise.reject(new DOMException('denied', 'UnknownError')), 'x');
      return loaded.status === 'ready' ? <p>lu</p> : <p>Chargement…</p>;
    }
    render(inScreenBoundary(<Reads />));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Vos données n’ont pas pu être lues',
    );
    expect(screen.getByRole('alert').textContent).toContain('Rien n’est effacé');
  });
});
