// Issue 3 — goals: each past week is evaluated against the goal the person chose and kept in the history.
// The clock starts on Wednesday 18 November 2026 and is moved to the next Wednesday, as a week of real life.
import type { Page } from '@playwright/test';
import type { OzApp } from '../support/pages/oz-app.js';
import { startsWith } from '../support/text.js';
import { expect, test } from '../support/test.js';

async function declareDrinkFree(oz: OzApp, page: Page, isoDate: string, title: string): Promise<void> {
  await oz.diary.openDay(isoDate, title);
  await page.getByRole('checkbox', { name: 'Journée sans alcool' }).check();
  await page.getByRole('button', { name: 'Enregistrer ma journée' }).click();
  await oz.expectToast('Journée enregistrée.');
}

test('a week kept within the goal, every day filled, is achieved and stays in the history', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  await oz.diary.addCatalogueDrink('Vins', startsWith('Verre de vin (10 cl, 12,5 %)'), {
    when: { date: '2026-11-16', time: '20:00' },
  });
  await declareDrinkFree(oz, page, '2026-11-17', 'mardi 17 novembre 2026');
  await page.goto('/objectifs');
  await oz.goals.setGoal({ perWeek: '7', perDay: '2' });
  await oz.expectToast('Objectif enregistré.');
  await expect(oz.goals.current).toContainText('En cours');

  // One week later: the rest of that week is filled in afterwards (drink-free days).
  await page.clock.setSystemTime(new Date('2026-11-25T10:00:00+01:00'));
  await declareDrinkFree(oz, page, '2026-11-18', 'mercredi 18 novembre 2026');
  await declareDrinkFree(oz, page, '2026-11-19', 'jeudi 19 novembre 2026');
  await declareDrinkFree(oz, page, '2026-11-20', 'vendredi 20 novembre 2026');
  await declareDrinkFree(oz, page, '2026-11-21', 'samedi 21 novembre 2026');
  await declareDrinkFree(oz, page, '2026-11-22', 'dimanche 22 novembre 2026');

  await page.goto('/objectifs');
  await oz.goals.expectOpen();
  const history = page.getByRole('region', { name: 'Semaines précédentes' });
  const lastWeek = history.getByRole('listitem').filter({ hasText: 'Semaine du 16 novembre' });
  await expect(lastWeek).toContainText(/1,0 sur 7,0 verres standard/);
  await expect(lastWeek).toContainText('Objectif atteint');
  // The new week has begun, empty so far.
  await expect(oz.goals.current).toContainText(/0,0 sur 7,0 verres standard/);
});
