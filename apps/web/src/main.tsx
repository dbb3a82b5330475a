import { StrictMode, startTransition, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { AppFailure, BootFailure } from './app/BootFailure.js';
import { errorName, isStorageError } from './app/failures.js';
import { resolve } from './app/Router.js';
import { nextTask, whenIdleAfterLoad } from './app/idle.js';
import type { Catalogue } from './i18n/fr.js';
import { I18nProvider } from './i18n/I18nProvider.js';
import { loadCatalogue } from './i18n/load.js';
import type { Locale } from './i18n/types.js';
import { reportWriteFailure } from './storage/health.js';
import { getPreferences } from './storage/repositories.js';
import type { Preferences } from './storage/types.js';
import { ErrorBoundary } from './ui/ErrorBoundary.js';
import './ui/base.css';
import './ui/forms.css';
import './ui/components.css';

function mount(ui: ReactNode): void {
  const root = document.getElementById('root');
  if (root === null) throw new Error('#root missing from index.html');
  // A transition renders in slices that yield to the browser (no long task on a slow phone); the static
  // shell of index.html, or a prerendered first view (ADR 0009), stays on screen until the first screen
  // replaces it in one commit.
  startTransition(() => createRoot(root).render(<StrictMode>{ui}</StrictMode>));
}

/** Without readable preferences, the browser's language chooses the words of the failure screen. */
function fallbackLocale(): Locale {
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

async function startApp(preferences: Preferences): Promise<void> {
  const catalogue = await loadCatalogue(preferences.locale);
  mount(
    <I18nProvider locale={preferences.locale} catalogue={catalogue}>
      <ErrorBoundary fallback={(error, retry) => <AppFailure error={error} retry={retry} />}>
        <App preferences={preferences} catalogue={catalogue} />
      </ErrorBoundary>
    </I18nProvider>,
  );
}

async function showBootFailure(): Promise<void> {
  let locale = fallbackLocale();
  let catalogue: Catalogue;
  try {
    catalogue = await loadCatalogue(locale);
  } catch {
    // English is a separate file: offline and not cached, French (in this bundle) speaks instead.
    locale = 'fr';
    catalogue = await loadCatalogue(locale);
  }
  mount(
    <I18nProvider locale={locale} catalogue={catalogue}>
      <BootFailure />
    </I18nProvider>,
  );
}

/**
 * The safety net for writes that forgot `runWrite`: a storage failure nobody handled still raises the
 * banner (what the person typed stays on screen, since nothing navigated on failure).
 */
function watchUnhandledStorageFailures(): void {
  window.addEventListener('unhandledrejection', (event) => {
    if (isStorageError(event.reason)) reportWriteFailure();
  });
}

async function start(): Promise<void> {
  watchUnhandledStorageFailures();
  // Fetch the first screen's chunk while IndexedDB opens, instead of after, then read the data of its first view
  // (`prime`, ADR 0010); if the chunk is gone (a deploy since this page was cached), the screen's boundary says
  // so when it renders.
  const firstScreen = resolve(window.location.pathname)
    .route.preload()
    .then((screen) => screen.prime?.())
    .catch(() => undefined);
  let preferences: Preferences;
  try {
    preferences = await getPreferences();
  } catch (error) {
    console.error('cannot open the device storage', errorName(error));
    await showBootFailure();
    return;
  }
  // The first commit replaces what the HTML shows (a prerendered first view, ADR 0009, or the shell) with the
  // screen itself, never with a loading line in between.
  await firstScreen;
  // Reading the preferences and evaluating the screen's chunk each ended a task of their own; the first render
  // starts in a new one (ADR 0010).
  await nextTask();
  await startApp(preferences);
  // What the first screen does not need starts once the page has loaded and the browser is idle, from a chunk
  // of its own (app/backgroundWork.ts).
  whenIdleAfterLoad(() => {
    import('./app/backgroundWork.js')
      .then((background) => background.startBackgroundWork())
      .catch((error: unknown) => console.error('background work did not start', errorName(error)));
  });
}

// Evaluating the entry (React, the app's modules) is a task of its own already: the boot starts in the next one,
// so that the two do not add up to one long task on a slow phone (ADR 0010).
nextTask()
  .then(start)
  .catch((error: unknown) => console.error('start failed', errorName(error)));
