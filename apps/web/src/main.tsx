import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { resolve } from './app/Router.js';
import { registerServiceWorker } from './app/serviceWorker.js';
import { loadCatalogue } from './i18n/load.js';
import { requestPersistentStorage } from './storage/persistence.js';
import { getPreferences } from './storage/repositories.js';
import './ui/base.css';
import './ui/forms.css';
import './ui/components.css';

async function start(): Promise<void> {
  // Fetch the first screen's chunk while IndexedDB opens, instead of after.
  void resolve(window.location.pathname).route.preload();
  const preferences = await getPreferences();
  const catalogue = await loadCatalogue(preferences.locale);
  const root = document.getElementById('root');
  if (root === null) throw new Error('#root missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App preferences={preferences} catalogue={catalogue} />
    </StrictMode>,
  );
  void requestPersistentStorage();
  registerServiceWorker();
  // Contact requests and sharing typed offline leave when the device is online (issue 5, src/sync).
  void import('./sync/start.js').then((sync) => sync.startOutbox());
  // Consented shares keep their summary up to date when the diary changes (issue 11, features/sharing).
  void import('./features/sharing/refreshWatcher.js').then((sharing) => sharing.startShareRefresh());
}

void start();
