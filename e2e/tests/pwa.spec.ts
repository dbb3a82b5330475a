// Issue 3 — installable PWA: a web manifest with icons (incl. maskable) and a service worker; the app
// honours reduced motion.
import { waitForServiceWorkerControl } from '../support/service-worker.js';
import { expect, test } from '../support/test.js';

interface Manifest {
  name?: string;
  start_url?: string;
  display?: string;
  lang?: string;
  icons?: { src: string; sizes: string; type: string; purpose?: string }[];
}

test('the app is installable: manifest, icons incl. maskable, service worker', async ({
  oz,
  page,
  request,
}) => {
  await oz.start();
  await oz.firstVisit.expectWelcome();
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const response = await request.get(new URL(href ?? '', page.url()).href);
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as Manifest;
  expect(manifest.name).toMatch(/Oz/);
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  expect(manifest.lang).toBe('fr');
  const icons = manifest.icons ?? [];
  expect(icons.some((icon) => icon.sizes === '192x192')).toBe(true);
  expect(icons.some((icon) => icon.sizes === '512x512')).toBe(true);
  expect(icons.some((icon) => icon.purpose?.split(' ').includes('maskable'))).toBe(true);
  for (const icon of icons) {
    const image = await request.get(new URL(icon.src, page.url()).href);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()['content-type'], icon.src).toBe(icon.type);
  }
  await waitForServiceWorkerControl(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/');
});

test('with reduced motion asked, nothing animates', async ({ oz, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await oz.startWithDiary();
  const button = page.getByRole('link', { name: 'Ajouter une consommation' });
  const durations = await button.evaluate((element) => {
    const style = getComputedStyle(element);
    return [style.transitionDuration, style.animationDuration];
  });
  for (const duration of durations) {
    expect(duration.split(',').every((part) => parseFloat(part) === 0)).toBe(true);
  }
});
