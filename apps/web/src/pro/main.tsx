import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadProCatalogue } from './i18n/ProI18n.js';
import { ProApp, savedLocale } from './ProApp.js';
// pro.css @imports the shared base and components styles: imported from JS, Vite gave them to the
// person's entry chunk only (shared between two entries), leaving the workspace unstyled.
import './pro.css';

/**
 * Entry of the professionals' workspace (pro.html, served for /pro/*). It shares no entry with the
 * person's app (index.html), so none of its code or strings reach the person's bundle.
 */
async function start(): Promise<void> {
  const locale = savedLocale();
  const catalogue = await loadProCatalogue(locale);
  const root = document.getElementById('root');
  if (root === null) throw new Error('#root missing from pro.html');
  createRoot(root).render(
    <StrictMode>
      <ProApp catalogue={catalogue} locale={locale} />
    </StrictMode>,
  );
}

void start();
