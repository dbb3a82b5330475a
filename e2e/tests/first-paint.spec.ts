// Issue 13 / ADR 0009 — the main screens' first view is in the HTML the server sends: the heading is there
// before any JavaScript runs (nothing waits for the app's code to paint it), the app then takes over and works,
// and once the service worker controls the app, a reload offline still starts it.
import { waitForServiceWorkerControl } from '../support/service-worker.js';
import { expect, test } from '../support/test.js';

test.describe('before JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the care finder’s heading, helpline and guide are in the HTML the server sends', async ({ page }) => {
    await page.goto('/aide');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trouver de l’aide');
    await expect(page).toHaveTitle('Trouver de l’aide · Oz');
    // Calling for help needs no JavaScript; the search waits for the app (nothing typed would be lost).
    await expect(page.getByRole('link', { name: /^Appeler le 0\s980\s980\s930$/ })).toHaveAttribute(
      'href',
      /^tel:/,
    );
    await expect(page.getByRole('heading', { name: 'Les lieux d’aide, en bref' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Chercher' })).toBeDisabled();
  });

  test('each main screen sends its own heading; other paths the shell', async ({ page }) => {
    for (const [path, heading] of [
      ['/bienvenue', 'Faire le point sur l’alcool, à votre rythme'],
      ['/plus', 'Plus'],
      ['/evaluer', /^Évaluer/],
      ['/objectifs', 'Mes objectifs'],
      ['/calendrier', 'Calendrier'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
    }
    await page.goto('/reglages');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('Chargement…');
  });
});

test('a prerendered screen becomes the app: its controls work, its links navigate in the app', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  await page.goto('/aide');
  await expect(oz.title).toHaveText('Trouver de l’aide');
  // The app took over: the search is enabled and answers.
  await oz.help.search('31000');
  await expect(oz.help.results(/^Lieux près de 31000/)).toBeVisible();

  await page.goto('/plus');
  await expect(oz.title).toHaveText('Plus');
  await page.evaluate(() => {
    (window as { stayedInApp?: boolean }).stayedInApp = true;
  });
  await page.getByRole('link', { name: /^Réglages/ }).click();
  await expect(oz.title).toHaveText('Réglages');
  // Same document: the link was handled by the app, not by a new page load.
  expect(await page.evaluate(() => (window as { stayedInApp?: boolean }).stayedInApp)).toBe(true);
});

test('offline, a reload of a prerendered path starts the app from the service worker', async ({
  oz,
  page,
  context,
}) => {
  await oz.startWithDiary();
  await page.goto('/plus');
  await expect(oz.title).toHaveText('Plus');
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  for (const [path, heading] of [
    ['/plus', 'Plus'],
    ['/aide', 'Trouver de l’aide'],
    ['/', 'Journal'],
  ] as const) {
    await page.goto(path);
    await expect(oz.title, path).toHaveText(heading);
  }
  await page.reload();
  await oz.diary.expectOpen();
  await oz.navigateTo('Plus');
  await expect(oz.title).toHaveText('Plus');
  await context.setOffline(false);
});
