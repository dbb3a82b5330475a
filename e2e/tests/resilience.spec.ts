// Issue 9 — a screen whose code is gone after a deploy (the page was opened before it, the server now serves
// new file names) says so in words and offers to reload; reloading brings the new version and the screen.
// The service worker is blocked here so that the test's network rules see the app's requests.
import { expect, test } from '../support/test.js';

test.use({ serviceWorkers: 'block' });

test('a screen whose code vanished after a deploy offers a reload, and the reload brings it back', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  // The deploy: the calendar's chunk of the version this page runs no longer exists on the server.
  const gone = '**/assets/CalendarPage-*.js';
  await page.route(gone, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await oz.navigateTo('Calendrier');

  const alert = page.getByRole('alert').filter({ hasText: 'Une nouvelle version d’Oz est disponible' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Une nouvelle version d’Oz est disponible',
  );
  // The rest of the app still works: navigation and the help strip stay on screen.
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();

  await page.unroute(gone);
  await alert.getByRole('button', { name: 'Recharger la page' }).click();
  await oz.calendar.expectMonth(/novembre 2026/i);
});
