import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../ui/ErrorBoundary.js';
import { loadProCatalogue, ProI18nProvider, type ProCatalogue } from './i18n/ProI18n.js';
import { ProApp, savedLocale } from './ProApp.js';
import { ProScreenFailure } from './shell/ScreenFailure.js';
// pro.css @imports the shared base and components styles: imported from JS, Vite gave them to the
// person's entry chunk only (shared between two entries), leaving the workspace unstyled.
import './pro.css';

/**
 * Entry of the professionals' workspace (pro.html, served for /pro/*). It shares no entry with the
 * person's app (index.html), so none of its code or strings reach the person's bundle.
 */
async function start(): Promise<void> {
  let locale = savedLocale();
  let catalogue: ProCatalogue;
  try {
    catalogue = await loadProCatalogue(locale);
  } catch {
    // The English catalogue may be gone after a deploy (or offline): French is tried instead.
    locale = 'fr';
    catalogue = await loadProCatalogue(locale);
  }
  const root = document.getElementById('root');
  if (root === null) throw new Error('#root missing from pro.html');
  createRoot(root).render(
    <StrictMode>
      <ProI18nProvider locale={locale} catalogue={catalogue}>
        <ErrorBoundary fallback={(error, retry) => <ProScreenFailure error={error} retry={retry} />}>
          <ProApp catalogue={catalogue} locale={locale} />
        </ErrorBoundary>
      </ProI18nProvider>
    </StrictMode>,
  );
}

start().catch((error: unknown) =>
  console.error('workspace start failed', error instanceof Error ? error.name : 'unknown'),
);
