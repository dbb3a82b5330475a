import { useSyncExternalStore } from 'react';

/** A tiny history-API router: the location is an external store that React subscribes to. */
const NAVIGATE_EVENT = 'oz:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/** Where a render without a browser happens (the build's prerender, src/prerender): set before rendering. */
let serverLocation = '/';

export function setServerLocation(href: string): void {
  serverLocation = href;
}

function serverSnapshot(): string {
  return serverLocation;
}

/** The current path plus query string, e.g. "/journal/ajouter?date=2026-11-20". */
export function useLocation(): { readonly pathname: string; readonly search: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  const url = new URL(href, 'http://oz.local');
  return { pathname: url.pathname, search: url.searchParams };
}

export function navigate(to: string, options: { readonly replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace === true) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo?.(0, 0);
}

export function goBack(fallback: string): void {
  if (window.history.length > 1) window.history.back();
  else navigate(fallback, { replace: true });
}
