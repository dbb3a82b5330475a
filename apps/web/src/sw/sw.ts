// The person's service worker (built by vite-plugin-pwa with `injectManifest`, see vite.config.ts). It keeps the
// app shell offline exactly as the generated worker did — precache of the person's files only (the build's
// manifestTransforms drop the workspace), navigations answered with index.html except /api and /pro, old
// caches cleaned, a new version taking over at once — and hosts the features that need a worker.
// To add one: write `src/sw/<feature>.ts` exporting `register<Feature>(scope)` and add one line below
// (src/sw/README.md).
import { clientsClaim } from 'workbox-core';
import type { PrecacheEntry } from 'workbox-precaching';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NAVIGATION_DENYLIST } from './navigation.js';
import { registerBackgroundSync } from './background-sync.js';
import { registerLazyAssetsCache } from './lazy-assets.js';
import { registerPushHandlers } from './push.js';

declare const self: ServiceWorkerGlobalScope & {
  /** Replaced at build time by the list of files to precache (workbox injection point). */
  readonly __WB_MANIFEST: (PrecacheEntry | string)[];
};

// registerType 'autoUpdate': a new version activates and controls open pages without waiting.
void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: NAVIGATION_DENYLIST }));

// Features (one line each).
registerPushHandlers(self);
registerBackgroundSync(self);
registerLazyAssetsCache(self);
