import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, renderApp } from '../../test/renderApp.js';
import { fr } from '../i18n/fr.js';

/** index.html as shipped: its #root holds the static first paint (ADR 0008). */
function staticShell(): Document {
  const html = readFileSync(join(existsSync('apps/web') ? 'apps/web' : '.', 'index.html'), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** An element as a comparable outline: tag, sorted attributes, own text, children (whitespace ignored). */
function outline(element: Element): string {
  const attributes = [...element.attributes]
    .map((attribute) => `${attribute.name}="${attribute.value}"`)
    .sort()
    .join(' ');
  const text = [...element.childNodes]
    .filter((node) => node.nodeType === node.TEXT_NODE)
    .map((node) => node.textContent?.trim() ?? '')
    .filter((part) => part !== '')
    .join(' ');
  const children = [...element.children].map(outline).join('');
  return `<${element.tagName.toLowerCase()} ${attributes}>${text}${children}</>`;
}

describe('static first paint (index.html)', () => {
  beforeEach(freshDatabase);

  it('draws the same header as the app, in the catalogue’s French words', async () => {
    const shell = staticShell();
    const { container } = await renderApp('/calendrier');
    const staticHeader = shell.querySelector('#root > header.app-header');
    const appHeader = container.querySelector('header.app-header');
    expect(staticHeader).not.toBeNull();
    expect(appHeader).not.toBeNull();
    if (staticHeader === null || appHeader === null) return;
    expect(outline(staticHeader)).toBe(outline(appHeader));
    expect(shell.querySelector('#root > .skip-link')?.textContent).toBe(fr['shell.skipToContent']);
  });

  it('says in French that the app is loading, inside the main landmark the app fills', () => {
    const main = staticShell().querySelector('#root > main#main');
    expect(main?.textContent?.trim()).toBe(fr['common.loading']);
    expect(main?.querySelector('[role="status"]')).not.toBeNull();
  });
});
