// Helpers for the PWA's offline promise: wait until the service worker controls the page, so that going
// offline afterwards tests the precached app shell, not a race with its installation.
import { expect, type Page } from '@playwright/test';

/** Waits for an active service worker and for it to control this page (reloading once if it did not claim it). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), {
      message: 'the service worker should control the page',
    })
    .toBe('activated');
}
