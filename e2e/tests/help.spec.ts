// Issue 4 — "Trouver de l’aide": places by postal code from the shipped data (Haute-Garonne FINESS, Paris
// curated rows), nearest first, the national helpline always shown; offline search from the saved directory.
import { waitForOfflineDirectory } from '../support/offline-directory.js';
import { waitForServiceWorkerControl } from '../support/service-worker.js';
import { expect, test } from '../support/test.js';
import { anySpace } from '../support/text.js';

test('find help by postal code in Toulouse: places nearest first, each with what it is', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  await oz.help.open();
  await expect(page.getByRole('link', { name: anySpace(/0 980 980 930/) }).first()).toBeVisible();

  await oz.help.search('31000');
  const results = oz.help.results(/^Lieux près de 31000/);
  await expect(results).toBeVisible();
  await expect(results.getByRole('status').first()).toHaveText(/^\d+ lieux, du plus proche au plus loin\.$/);
  await expect(oz.help.places(results).first()).toBeVisible();
  await expect(oz.help.places(results).filter({ hasText: 'CSAPA MAURICE DIDE' })).toHaveCount(1);
  const distances = await oz.help.distances(results);
  expect(distances.length).toBeGreaterThan(1);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  // Each card can be called and explains its type in plain words.
  const csapa = oz.help.places(results).filter({ hasText: 'CSAPA MAURICE DIDE' });
  await expect(csapa.getByRole('link', { name: /^Appeler/ })).toHaveAttribute('href', /^tel:/);
  await expect(csapa.getByText('C’est quoi ?')).toBeVisible();
});

test('after a first online visit, the search works offline from the saved directory', async ({
  oz,
  page,
  context,
}) => {
  await oz.startWithDiary();
  await oz.help.open();
  await waitForOfflineDirectory(page);
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trouver de l’aide');
  await oz.help.search('75011');
  const results = oz.help.results(/^Lieux près de 75011/);
  await expect(results).toBeVisible();
  await expect(
    results.getByText(
      anySpace(/^Hors connexion : résultats tirés de l’annuaire enregistré sur cet appareil/),
    ),
  ).toBeVisible();
  await expect(oz.help.places(results).first()).toBeVisible();
  await expect(oz.help.places(results).filter({ hasText: 'Estrelia – Centre Horizons (CSAPA)' })).toHaveCount(
    1,
  );
  const distances = await oz.help.distances(results);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  // Offline, a commune name cannot be resolved: the app says what works instead of failing silently.
  await oz.help.search('Montreuil');
  await expect(page.getByRole('alert')).toHaveText(
    /^Hors connexion, la recherche marche avec un code postal/,
  );
});

test('when map tiles cannot load, the map says so and the list stays complete', async ({ oz, page }) => {
  // No tile server is reachable from the test machine; make that explicit and fast.
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort('internetdisconnected'));
  await oz.startWithDiary();
  await oz.help.open();
  await oz.help.search('31000');
  const results = oz.help.results(/^Lieux près de 31000/);
  await expect(oz.help.places(results).first()).toBeVisible();
  const count = await oz.help.places(results).count();
  await page.getByRole('button', { name: 'Afficher la carte' }).click();
  await expect(page.getByText(/^Le fond de carte ne se charge pas\./)).toBeVisible();
  await expect(oz.help.places(results)).toHaveCount(count);
});

test('the position is asked only on tap, then used to sort places', async ({ oz, page, context }) => {
  // Count calls to the Geolocation API from the very first script of the page.
  await page.addInitScript(() => {
    const geolocation = navigator.geolocation;
    const original = geolocation.getCurrentPosition.bind(geolocation);
    const counter = window as unknown as { ozGeolocationCalls: number };
    counter.ozGeolocationCalls = 0;
    geolocation.getCurrentPosition = (...args: Parameters<Geolocation['getCurrentPosition']>) => {
      counter.ozGeolocationCalls += 1;
      original(...args);
    };
  });
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 43.6045, longitude: 1.444 }); // Toulouse, place du Capitole

  await oz.startWithDiary();
  await oz.help.open();
  const calls = () =>
    page.evaluate(() => (window as unknown as { ozGeolocationCalls: number }).ozGeolocationCalls);
  expect(await calls()).toBe(0);

  await page.getByRole('button', { name: 'Utiliser ma position' }).click();
  const results = oz.help.results('votre position');
  await expect(oz.help.places(results).first()).toBeVisible();
  expect(await calls()).toBe(1);
  await expect(oz.help.places(results).first()).toContainText('31');
  const distances = await oz.help.distances(results);
  expect(distances[0]).toBeLessThan(5);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
});
