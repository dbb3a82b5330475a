import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../test/renderApp.js';
import { resolve } from '../app/Router.js';
import { fr } from '../i18n/fr.js';
import { renderScreen } from './render.js';
import { PRERENDERED_SCREENS, type PrerenderedScreen } from './screens.js';

/** A prerendered first view as the browser parses it inside #root. */
function parsed(screenToRender: PrerenderedScreen): { readonly root: HTMLElement; readonly title: string } {
  const rendered = renderScreen(screenToRender);
  const root = document.createElement('div');
  root.innerHTML = rendered.root;
  return { root, title: rendered.title };
}

/** Visible words, ASCII whitespace normalised (no-break spaces are the catalogue's: kept). */
const words = (element: Element | null): string =>
  (element?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

/** The words of each block the main landmark holds. */
const blocks = (root: HTMLElement): string[] => [...(root.querySelector('main')?.children ?? [])].map(words);

const screenAt = (path: string): PrerenderedScreen => {
  const found = PRERENDERED_SCREENS.find((candidate) => candidate.path === path);
  if (found === undefined) throw new Error(`${path} is not prerendered`);
  return found;
};

describe('prerendered first views (ADR 0009)', () => {
  beforeEach(freshDatabase);

  it.each(PRERENDERED_SCREENS.map((prerendered) => [prerendered.path, prerendered] as const))(
    '%s: the app’s layout and the screen’s heading in French, its title, no style attribute',
    (path, prerendered) => {
      const { root, title } = parsed(prerendered);
      const { route } = resolve(path);
      expect(title).toBe(`${fr[route.title]} · Oz`);
      expect(root.querySelector(':scope > header.app-header')).not.toBeNull();
      expect(root.querySelectorAll('main#main h1')).toHaveLength(1);
      expect(root.querySelector('footer.app-footer')).not.toBeNull();
      expect(root.querySelector('nav.bottom-nav') === null).toBe(route.immersive === true);
      // The CSP forbids style attributes and inline scripts (the page would render unstyled or be refused).
      expect(root.querySelector('[style], script')).toBeNull();
      // Nothing typed or chosen before the app starts could be kept: controls wait for it.
      expect(
        root.querySelectorAll('button:enabled, input:enabled, select:enabled, textarea:enabled'),
      ).toHaveLength(0);
    },
  );

  it.each(['/bienvenue', '/plus', '/aide', '/objectifs', '/evaluer'])(
    '%s: the same heading the app shows',
    async (path) => {
      const { root } = parsed(screenAt(path));
      await renderApp(path, { onboardingDone: path !== '/bienvenue' });
      expect(words(root.querySelector('main h1'))).toBe(words(screen.getByRole('heading', { level: 1 })));
    },
  );

  it.each(['/bienvenue', '/plus', '/aide'])(
    '%s: the whole first view is the screen a new visitor gets (it needs no stored data)',
    async (path) => {
      const { root } = parsed(screenAt(path));
      const { container } = await renderApp(path, { onboardingDone: path !== '/bienvenue' });
      expect(words(root.querySelector('main'))).toBe(words(container.querySelector('main')));
    },
  );

  it('says nothing about a person’s data before it is read: loading lines, not « no result yet »', () => {
    const evaluate = words(parsed(screenAt('/evaluer')).root);
    expect(evaluate).not.toContain(fr['evaluate.historyEmpty']);
    expect(evaluate).not.toContain(fr['evaluate.compareEmpty']);
    expect(evaluate).toContain(fr['common.loading']);
    expect(blocks(parsed(screenAt('/objectifs')).root)).toEqual([
      fr['goals.title'],
      fr['goals.intro'],
      fr['common.loading'],
    ]);
  });

  it('shows the day-dependent screens as their title above a loading line, never a date', () => {
    for (const [path, heading] of [
      ['/', fr['diary.title']],
      ['/calendrier', fr['calendar.title']],
    ] as const) {
      expect(blocks(parsed(screenAt(path)).root)).toEqual([heading, fr['common.loading']]);
    }
  });
});
