/**
 * The person's service worker (vite-plugin-pwa `injectManifest`: Vite bundles this file and Workbox injects
 * the precache list). It does what the generated worker did — precache the person's app, answer navigations
 * with the app shell, update at once — and then loads one module per feature. To add a handler, create
 * `src/sw/<feature>.ts` (it calls `self.addEventListener(...)`) and import it below; see src/sw/README.md.
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import './background-sync.js';

declare const self: ServiceWorkerGlobalScope;

void self.skipWaiting();
clientsClaim();

// The person's files only (vite.config.ts filters out the workspace and the lazily loaded report library).
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every navigation gets the app shell, except the API and the professionals' workspace.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api\//, /^\/pro(\/|$|\.html)/],
  }),
);

/** Workbox's plugin class declares its callbacks as possibly undefined (exactOptionalPropertyTypes). */
function expirationPlugin(maxEntries: number): WorkboxPlugin {
  const { cachedResponseWillBeUsed, cacheDidUpdate } = new ExpirationPlugin({
    maxEntries,
    purgeOnQuotaError: true,
  });
  return {
    ...(cachedResponseWillBeUsed === undefined ? {} : { cachedResponseWillBeUsed }),
    ...(cacheDidUpdate === undefined ? {} : { cacheDidUpdate }),
  };
}

/**
 * Built files left out of the precache (the PDF library and its font, loaded only when the person asks for
 * a report) are kept once fetched: their names carry a content hash, so a cached copy is never stale, and
 * the report then works offline too. Bounded so an old version's files do not pile up.
 */
registerRoute(
  ({ url, request, sameOrigin }) =>
    sameOrigin && request.method === 'GET' && url.pathname.startsWith('/assets/'),
  new CacheFirst({
    cacheName: 'oz-lazy-assets',
    plugins: [expirationPlugin(40)],
  }),
);
