// Built files left out of the precache — the report's PDF renderer, jsPDF and the report font, fetched only when
// the person asks for a PDF (vite.config.ts) — are kept once fetched, so the next report works offline too. Their
// names carry a content hash, so a cached copy is never stale; the cache is bounded so that the files of older
// versions do not pile up. Precached files never reach this route (the precache route is registered first).
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';

export const LAZY_ASSETS_CACHE = 'oz-lazy-assets';
const MAX_LAZY_ASSETS = 30;

/** Workbox declares the plugin's callbacks as possibly undefined (exactOptionalPropertyTypes). */
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

/** Same-origin GETs of built files under /assets/ (never the API, never a navigation). */
export function isLazyAsset(url: URL, method: string, sameOrigin: boolean): boolean {
  return sameOrigin && method === 'GET' && url.pathname.startsWith('/assets/');
}

export function registerLazyAssetsCache(_scope: ServiceWorkerGlobalScope): void {
  registerRoute(
    ({ url, request, sameOrigin }) => isLazyAsset(url, request.method, sameOrigin),
    new CacheFirst({ cacheName: LAZY_ASSETS_CACHE, plugins: [expirationPlugin(MAX_LAZY_ASSETS)] }),
  );
}
