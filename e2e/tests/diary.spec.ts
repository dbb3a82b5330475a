// Issue 3 — the diary: add drinks (catalogue, a custom one saved to "Mes boissons", a back-dated one); the day
// and week totals and the calendar reflect them; edit, delete and undo; set a weekly goal.
// "Now" is Wednesday 18 November 2026, 10:00 in Paris (support/pages/oz-app.ts).
import { startsWith } from '../support/text.js';
import { expect, test } from '../support/test.js';

const HALF_OF_BEER = 'Demi de bière (25 cl, 5 %)';
const GLASS_OF_WINE = 'Verre de vin (10 cl, 12,5 %)';
// 33 cl at 6.5 %: 330 × 0.065 × 0.8 = 17.16 g of alcohol → 1.7 standard drinks (10 g each).
const IPA = { name: 'IPA maison', volume: '33', unit: 'cl', abv: '6,5', price: '4,50' } as const;

test.describe('diary', () => {
  test.beforeEach(async ({ oz }) => {
    await oz.startWithDiary();
  });

  test('adding drinks updates the day and week totals, the week strip and the calendar', async ({
    oz,
    page,
  }) => {
    await oz.diary.addCatalogueDrink('Bières', startsWith(HALF_OF_BEER), {
      quantity: 2,
      when: { time: '09:30' },
    });
    await oz.diary.expectOpen();
    await oz.expectToast(/^Noté : (2 × )?Demi de bière \(25 cl, 5 %\).* 2,0 verres standard\.$/);
    await oz.diary.expectTotals({ today: '2,0', week: '2,0' });

    await oz.diary.createCustomDrink(IPA, { when: { time: '09:45' } });
    await oz.diary.expectOpen();
    await oz.diary.expectTotals({ today: '3,7', week: '3,7' });

    // Back-dated to Monday evening: this week, not today.
    await oz.diary.addCatalogueDrink('Vins', startsWith(GLASS_OF_WINE), {
      when: { date: '2026-11-16', time: '20:00' },
    });
    await oz.diary.expectOpen();
    await oz.diary.expectTotals({ today: '3,7', week: '4,7' });
    await expect(
      oz.diary.entry(/^Modifier : 2 × Demi de bière .*, 09:30, 2,0 verres? standard$/),
    ).toBeVisible();
    await expect(oz.diary.entry(/^Modifier : 1 × IPA maison, 09:45, 1,7 verres? standard$/)).toBeVisible();
    await expect(
      oz.diary.weekDay(/^lundi 16 novembre : dans les repères, 1,0 verres? standard$/),
    ).toBeVisible();
    await expect(
      oz.diary.weekDay(/^mercredi 18 novembre : au-dessus des repères, 3,7 verres? standard$/),
    ).toBeVisible();

    // The custom drink is kept in "Mes boissons" for next time.
    await oz.diary.openAddDrink();
    await expect(
      page.getByRole('region', { name: 'Mes boissons' }).getByRole('button', { name: /^IPA maison/ }),
    ).toBeVisible();

    await oz.navigateTo('Calendrier');
    await oz.calendar.expectMonth(/novembre 2026/i);
    await oz.calendar.expectDay('lundi 16 novembre', 'dans les repères', '1,0');
    await oz.calendar.expectDay('mardi 17 novembre', 'rien de noté', '0,0');
    await oz.calendar.expectDay('mercredi 18 novembre', 'au-dessus des repères', '3,7');
    // A tap on a day opens it.
    await oz.calendar.day('lundi 16 novembre').click();
    await expect(page).toHaveURL(/\/journal\/jour\/2026-11-16$/);
    await expect(page.getByText('Total : 1,0 verre standard')).toBeVisible();
  });

  test('the charts reflect the week, with the numbers as a table', async ({ oz, page }) => {
    await oz.diary.addCatalogueDrink('Bières', startsWith(HALF_OF_BEER), {
      quantity: 3,
      when: { time: '09:30' },
    });
    await oz.diary.addCatalogueDrink('Vins', startsWith(GLASS_OF_WINE), {
      when: { date: '2026-11-16', time: '20:00' },
    });
    await page.getByRole('link', { name: 'Graphiques' }).click();
    await oz.expectScreen('Graphiques');
    const week = page.getByRole('region', { name: 'Semaine du 16 novembre' });
    const summary = '4,0 verres standard cette semaine, 1 jour au-dessus de 2.';
    await expect(week.getByRole('paragraph').filter({ hasText: summary })).toBeVisible();
    // The chart itself is named by its title and that same sentence (text equivalent, not colour alone).
    await expect(week.getByRole('img', { name: new RegExp(summary.replace('.', '\\.')) })).toBeVisible();
    await week.getByText('Voir les chiffres en tableau').click();
    const table = week.getByRole('table', { name: 'Semaine du 16 novembre' });
    await expect(table.getByRole('row', { name: /lundi 16 novembre/ })).toContainText('1,0');
    await expect(table.getByRole('row', { name: /mercredi 18 novembre/ })).toContainText('3,0');
    await expect(table.getByRole('row', { name: /mercredi 18 novembre/ })).toContainText(
      'au-dessus des repères',
    );
  });

  test('an entry can be edited, deleted, and the deletion undone', async ({ oz, page }) => {
    await oz.diary.addCatalogueDrink('Bières', startsWith(HALF_OF_BEER), {
      when: { time: '09:30' },
    });
    await oz.diary.createCustomDrink(IPA, { when: { time: '09:45' } });
    await oz.diary.expectTotals({ today: '2,7', week: '2,7' });

    // Edit: 1 → 3 half pints.
    await oz.diary.entry(/^Modifier : 1 × Demi de bière/).click();
    await oz.expectScreen('Modifier une consommation');
    await oz.diary.setQuantity(3);
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await oz.expectToast('Modification enregistrée.');
    await oz.diary.expectOpen();
    await oz.diary.expectTotals({ today: '4,7', week: '4,7' });
    await expect(
      oz.diary.entry(/^Modifier : 3 × Demi de bière .*, 09:30, 3,0 verres? standard$/),
    ).toBeVisible();

    // Delete the custom drink: no confirmation dialog, an undo instead.
    await oz.diary.entry(/^Modifier : 1 × IPA maison/).click();
    await page.getByRole('button', { name: 'Supprimer cette consommation' }).click();
    await expect(page).toHaveURL(/\/journal\/jour\/2026-11-18$/);
    await oz.expectToast('Supprimé : IPA maison.');
    await expect(page.getByText('Total : 3,0 verres standard')).toBeVisible();
    await expect(oz.diary.entry(/^Modifier : 1 × IPA maison/)).toHaveCount(0);

    await oz.undoLastAction();
    await expect(page.getByText('Total : 4,7 verres standard')).toBeVisible();
    await expect(oz.diary.entry(/^Modifier : 1 × IPA maison, 09:45, 1,7 verres? standard$/)).toBeVisible();

    await oz.navigateTo('Journal');
    await oz.diary.expectTotals({ today: '4,7', week: '4,7' });
  });

  test('a drink just added can be undone from its confirmation', async ({ oz, page }) => {
    await oz.diary.addCatalogueDrink('Bières', startsWith(HALF_OF_BEER), { when: { time: '09:30' } });
    await oz.diary.expectTotals({ today: '1,0', week: '1,0' });
    await oz.undoLastAction();
    await oz.diary.expectTotals({ today: '0,0', week: '0,0' });
    await expect(oz.diary.entry(/^Modifier : /)).toHaveCount(0);
    await page.reload();
    await oz.diary.expectTotals({ today: '0,0', week: '0,0' });
  });

  test('an impossible custom drink is refused with a clear message, and nothing is saved', async ({
    oz,
    page,
  }) => {
    await oz.diary.openAddDrink();
    await page.getByRole('button', { name: 'Créer une boisson' }).click();
    await page.getByLabel('Nom de la boisson').fill('Erreur de frappe');
    await page.getByLabel('Volume').fill('33');
    await page.getByLabel('Degré d’alcool (%)').fill('150');
    await page.getByRole('button', { name: 'Enregistrer dans Mes boissons' }).click();
    await expect(page.getByRole('alert')).toHaveText('Indiquez un degré entre 0 et 100 %.');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await oz.expectScreen('Ajouter une consommation');
    await expect(
      page.getByRole('region', { name: 'Mes boissons' }).getByRole('button', { name: /Erreur de frappe/ }),
    ).toHaveCount(0);
  });

  test('a weekly goal is set by the person and followed this week', async ({ oz, page }) => {
    await oz.diary.addCatalogueDrink('Vins', startsWith(GLASS_OF_WINE), {
      quantity: 2,
      when: { date: '2026-11-16', time: '20:00' },
    });
    await oz.navigateTo('Objectifs');
    await oz.goals.expectOpen();
    await oz.goals.setGoal({ perWeek: '7', perDay: '2', drinkFreeDays: ['samedi', 'dimanche'] });
    await oz.expectToast('Objectif enregistré.');

    await expect(oz.goals.current).toContainText(/Au plus 7(,0)? verres standard par semaine/);
    await expect(oz.goals.current).toContainText(/Au plus 2(,0)? verres standard les jours où je bois/);
    await expect(oz.goals.current).toContainText('Jours sans alcool : samedi, dimanche');
    await expect(oz.goals.current).toContainText(/2,0 sur 7,0 verres standard/);

    // The goal survives a reload (it lives in IndexedDB).
    await page.reload();
    await expect(oz.goals.current).toContainText(/Au plus 7(,0)? verres standard par semaine/);
  });
});
