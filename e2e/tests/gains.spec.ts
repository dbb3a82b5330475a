// Issue 3 — drink-free days (declared from home in one tap, or on a day page), the current streak, and gains
// (money, standard drinks) against the person's own estimate of a typical week.
// "Now" is Wednesday 18 November 2026 (support/pages/oz-app.ts).
import { startsWith } from '../support/text.js';
import { expect, test } from '../support/test.js';

test('drink-free days and gains against the typical week', async ({ oz, page }) => {
  await oz.startWithDiary();
  // Monday: one glass of wine (1.0 standard drink, 4 € in the catalogue).
  await oz.diary.addCatalogueDrink('Vins', startsWith('Verre de vin (10 cl, 12,5 %)'), {
    when: { date: '2026-11-16', time: '20:00' },
  });
  // Tuesday: declared drink-free on its day page.
  await oz.diary.openDay('2026-11-17', 'mardi 17 novembre 2026');
  await page.getByRole('checkbox', { name: 'Journée sans alcool' }).check();
  await page.getByRole('button', { name: 'Enregistrer ma journée' }).click();
  await oz.expectToast('Journée enregistrée.');
  // Today: one tap from home.
  await page.goto('/');
  await page.getByRole('button', { name: 'Aujourd’hui, je n’ai pas bu' }).click();
  await oz.expectToast('Journée sans alcool notée.');
  await expect(oz.diary.weekDay(/^mardi 17 novembre : sans alcool/)).toBeVisible();
  await expect(oz.diary.weekDay(/^mercredi 18 novembre : sans alcool/)).toBeVisible();

  await page.goto('/gains');
  await oz.expectScreen('Mes gains');
  const typicalWeek = page.getByRole('form', { name: 'Ma semaine habituelle avant Oz' });
  await typicalWeek.getByLabel('Verres standard par semaine').fill('21');
  await typicalWeek.getByLabel('Dépense en alcool par semaine (€)').fill('42');
  await typicalWeek.getByRole('button', { name: 'Enregistrer ma semaine habituelle' }).click();
  await expect(page.getByText('Votre semaine habituelle : 21 verres standard, 42 €.')).toBeVisible();

  const days = page.getByRole('region', { name: 'Jours sans alcool' });
  await expect(days).toContainText('2jours sans alcool notés');
  await expect(days).toContainText('2jours sans alcool d’affilée en ce moment');
  // 3 filled days = 3/7 of the typical week: 9 standard drinks and 18 € expected, 1 drink and 4 € noted.
  const gains = page.getByRole('region', {
    name: /^Par rapport à votre semaine habituelle \(3 jours notés\)$/,
  });
  await expect(gains).toContainText(/14\s€économisés/);
  await expect(gains).toContainText('Soit 8,0 verres standard de moins que d’habitude.');
});
