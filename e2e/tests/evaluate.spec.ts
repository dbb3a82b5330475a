// Issue 3 — « Évaluer »: FACE and AUDIT-C from the evaluation page, every result kept with its date, a re-take
// compared with the previous one; and safety: with dependence signals, a goal of stopping completely explains
// the withdrawal risk and points to medical help instead of encouraging an abrupt stop.
import type { Page } from '@playwright/test';
import type { OzApp } from '../support/pages/oz-app.js';
import { expect, test } from '../support/test.js';

async function startFromEvaluate(
  page: Page,
  instrument: RegExp,
  button: 'Faire le test' | 'Refaire le test',
) {
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Évaluer' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Évaluer ma consommation');
  await page.getByRole('region', { name: instrument }).getByRole('link', { name: button }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
}

async function auditC(oz: OzApp, options: [string, string, string]): Promise<void> {
  await oz.quickTest.answer({ number: 1, question: /boissons/, option: options[0] });
  await oz.quickTest.answer({ number: 2, question: /journée ordinaire/, option: options[1] });
  await oz.quickTest.answer({ number: 3, question: /six verres/, option: options[2] });
  await oz.expectScreen('Votre résultat');
}

test('FACE and AUDIT-C results are kept with their dates, and a re-take is compared', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  await oz.navigateTo('Évaluer');
  await expect(page.getByText('Aucun résultat pour l’instant.')).toBeVisible();

  await startFromEvaluate(page, /^AUDIT-C/, 'Faire le test');
  await auditC(oz, ['2 à 3 fois par semaine', '3 ou 4', 'Une fois par mois']); // 3 + 1 + 2 = 6
  await expect(page.getByText('Score : 6 sur 12')).toBeVisible();

  await startFromEvaluate(page, /^AUDIT-C/, 'Refaire le test');
  await auditC(oz, ['2 à 4 fois par mois', '1 ou 2', 'Jamais']); // 2 + 0 + 0 = 2
  await expect(page.getByText('Score : 2 sur 12')).toBeVisible();

  await startFromEvaluate(page, /^FACE/, 'Faire le test');
  const face = ['Une fois par mois ou moins', '1 ou 2', 'Non', 'Non', 'Non'];
  for (const [index, option] of face.entries()) {
    await oz.quickTest.answer({ number: index + 1, of: 5, question: /\?$/, option });
  }
  await oz.expectScreen('Votre résultat');
  await expect(page.getByRole('heading', { level: 2, name: 'Risque faible' })).toBeVisible();

  await oz.navigateTo('Évaluer');
  const compare = page.getByRole('region', { name: 'Comparer' });
  await expect(compare).toContainText('Dernier score : 2');
  await expect(compare).toContainText('Précédent : 6');
  await expect.soft(compare).toContainText('En baisse de 4 points.');
  const history = page.getByRole('region', { name: 'Mes résultats' }).getByRole('link');
  await expect(history).toHaveCount(3);
  await expect(history.filter({ hasText: '18 novembre 2026' })).toHaveCount(3);
});

test('with signs of dependence, a goal of stopping completely points to medical help first', async ({
  oz,
  page,
}) => {
  await oz.start();
  await oz.firstVisit.chooseForMe({ sex: 'Un homme' });
  await oz.quickTest.begin();
  await auditC(oz, ['4 fois par semaine ou plus', '10 ou plus', 'Tous les jours ou presque']); // 12
  await expect(page.getByRole('heading', { level: 2, name: 'Dépendance possible' })).toBeVisible();

  await page.goto('/objectifs');
  await oz.goals.expectOpen();
  await oz.goals.form.getByLabel('Nombre maximum de verres standard par semaine').fill('0');
  await expect(
    oz.goals.form.getByRole('heading', { name: 'N’arrêtez pas d’un coup sans aide médicale' }),
  ).toBeVisible();
  await expect(oz.goals.form.getByRole('link', { name: /0 980 980 930/ })).toBeVisible();
  await expect(
    oz.goals.form.getByRole('link', { name: 'Trouver un accompagnement pour arrêter' }),
  ).toBeVisible();
  // Saving stays possible, framed as accompanied; the plain "save" button is not offered.
  await expect(oz.goals.form.getByRole('button', { name: 'Enregistrer mon objectif' })).toHaveCount(0);
  await expect(
    oz.goals.form.getByRole('button', { name: 'Enregistrer cet objectif, avec un accompagnement médical' }),
  ).toBeVisible();
});
