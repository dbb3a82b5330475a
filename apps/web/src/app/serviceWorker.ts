import { whenIdleAfterLoad } from './idle.js';

/** Registers the Workbox service worker built by vite-plugin-pwa (production builds only). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = (): void => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      console.warn('service worker registration failed', error instanceof Error ? error.name : 'unknown');
    });
  };
  whenIdleAfterLoad(register);
}
