// Issue 3 — offline is normal: once the service worker controls the app, the network can go away; a reload,
// a deep link and new entries all work, and nothing already noted is lost.
import { waitForServiceWorkerControl } from '../support/service-worker.js';
import { startsWith } from '../support/text.js';
import { expect, test } from '../support/test.js';

test('after a first visit the app works offline: reload, deep link, new entry, data kept', async ({
  oz,
  page,
  context,
}) => {
  await oz.startWithDiary();
  await oz.diary.addCatalogueDrink('Bières', startsWith('Pinte de bière (50 cl, 5 %)'), {
    when: { time: '09:00' },
  });
  await oz.diary.expectTotals({ today: '2,0', week: '2,0' });
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  await page.reload();
  await oz.diary.expectOpen();
  await oz.diary.expectTotals({ today: '2,0', week: '2,0' });
  await expect(
    oz.diary.entry(/^Modifier : 1 × Pinte de bière .*, 09:00, 2,0 verres? standard$/),
  ).toBeVisible();

  // Screens loaded on demand are precached too; a deep link is answered by the app shell.
  await oz.navigateTo('Calendrier');
  await oz.calendar.expectDay('mercredi 18 novembre', 'dans les repères', '2,0');
  await page.goto('/journal/jour/2026-11-18');
  await expect(page.getByText('Total : 2,0 verres standard')).toBeVisible();

  // Logging offline works and is kept.
  await page.goto('/');
  await oz.diary.addCatalogueDrink('Vins', startsWith('Verre de vin (10 cl, 12,5 %)'), {
    when: { time: '09:15' },
  });
  await oz.diary.expectTotals({ today: '3,0', week: '3,0' });
  await page.reload();
  await oz.diary.expectTotals({ today: '3,0', week: '3,0' });

  await context.setOffline(false);
  await page.reload();
  await oz.diary.expectTotals({ today: '3,0', week: '3,0' });
});
