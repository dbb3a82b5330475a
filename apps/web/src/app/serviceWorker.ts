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

/**
 * Runs `work` once the page has loaded and the main thread is idle (at the latest 3 s after load), so that
 * what the first screen does not need never competes with it for the network or the processor.
 */
export function whenIdleAfterLoad(work: () => void): void {
  const idle = (): void => {
    // Safari has no requestIdleCallback (the DOM types say every browser has it).
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(() => work(), { timeout: 3_000 });
    } else {
      setTimeout(work, 500);
    }
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
