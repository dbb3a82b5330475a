// Helpers for the PWA's offline promise: wait until the service worker controls the page, so that going
// offline afterwards tests the precached app shell, not a race with its installation.
import { expect, type Page } from '@playwright/test';

const ACTIVATION_TIMEOUT_MS = 30_000;

/** Waits for an active service worker and for it to control this page (reloading once if it did not claim it). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  // `navigator.serviceWorker.ready` never rejects: bound it, so a missing sw.js fails with a clear message.
  const active = await page.evaluate(
    (timeout) =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeout)),
      ]),
    ACTIVATION_TIMEOUT_MS,
  );
  expect(active, `no active service worker after ${String(ACTIVATION_TIMEOUT_MS / 1000)} s`).toBe(true);
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), {
      message: 'the service worker should control the page',
    })
    .toBe('activated');
}
