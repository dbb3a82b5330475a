// Issue 10 — quality of life (WHO-5 twice, then the person's evolution as a chart and a table) and badges
// (a drink-free week earns badges, a gentle notice on the home, seen once).
// "Now" is Wednesday 18 November 2026 (support/pages/oz-app.ts).
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.js';
import { expect, test } from '../support/test.js';

const WHO5_STATEMENTS = [
  /bien et de bonne humeur/,
  /calme et tranquille/,
  /plein\(e\) d’énergie/,
  /frais \(fraîche\) et dispos/,
  /remplie de choses intéressantes/,
];

async function answerWho5(page: Page, answer: string): Promise<void> {
  for (const statement of WHO5_STATEMENTS) {
    await page
      .getByRole('group', { name: statement })
      .getByRole('radio', { name: answer, exact: true })
      .check();
  }
}

test('quality of life: answered twice, the evolution shows as a chart and a table', async ({ oz, page }) => {
  await oz.startWithDiary();
  // At the start, a gentle proposal on the diary home.
  const prompt = page.getByTestId('wellbeing-prompt');
  await expect(prompt).toContainText('Comment allez-vous ces temps-ci');
  await prompt.getByRole('link', { name: 'Répondre' }).click();
  await oz.expectScreen('Mon bien-être');

  await page.getByRole('button', { name: 'Répondre au questionnaire' }).click();
  // Keyboard only: each statement is one radio group; arrow keys move along the answers.
  for (const statement of WHO5_STATEMENTS) {
    const group = page.getByRole('group', { name: statement });
    await group.getByRole('radio', { name: 'Tout le temps' }).focus();
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
    await expect(group.getByRole('radio', { name: 'Moins de la moitié du temps' })).toBeChecked();
  }
  // The life domains are apart from the WHO-5 and optional.
  await page
    .getByRole('group', { name: /Votre sommeil/ })
    .getByRole('radio', { name: 'Plutôt difficile' })
    .check();
  await expectNoAxeViolations(page, 'wellbeing questionnaire');
  await page.getByRole('button', { name: 'Voir mon résultat' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('wellbeing-score')).toHaveText('40 sur 100');
  await expect(page.getByTestId('wellbeing-result')).toContainText('un peu bas');

  // Four weeks later the home proposes it again.
  await page.clock.setSystemTime(new Date('2026-12-16T10:00:00+01:00'));
  await page.goto('/');
  await expect(page.getByTestId('wellbeing-prompt')).toContainText('Un petit point sur votre bien-être');
  await page.goto('/bien-etre');
  await page.getByRole('button', { name: 'Répondre à nouveau' }).click();
  await answerWho5(page, 'La plupart du temps');
  await page.getByRole('button', { name: 'Voir mon résultat' }).click();
  await expect(page.getByTestId('wellbeing-score')).toHaveText('80 sur 100');
  await expect(page.getByTestId('wellbeing-result')).toContainText('C’est mieux que la fois précédente');

  await expect(page.getByTestId('wellbeing-chart')).toBeVisible();
  const rows = page.getByTestId('wellbeing-table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('40');
  await expect(rows.nth(2)).toContainText('80');
  await expect(rows.nth(2)).toContainText('Mieux');
  await expectNoAxeViolations(page, 'wellbeing evolution');

  // 320 px wide: nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 700 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(320);
});

test('a drink-free week earns badges, announced once on the home', async ({ oz, page }) => {
  await oz.startWithDiary();
  const week = [
    ['2026-11-12', 'jeudi 12 novembre 2026'],
    ['2026-11-13', 'vendredi 13 novembre 2026'],
    ['2026-11-14', 'samedi 14 novembre 2026'],
    ['2026-11-15', 'dimanche 15 novembre 2026'],
    ['2026-11-16', 'lundi 16 novembre 2026'],
    ['2026-11-17', 'mardi 17 novembre 2026'],
  ] as const;
  for (const [date, title] of week) {
    await oz.diary.openDay(date, title);
    await page.getByRole('checkbox', { name: 'Journée sans alcool' }).check();
    await page.getByRole('button', { name: 'Enregistrer ma journée' }).click();
    await oz.expectToast('Journée enregistrée.');
  }
  await page.goto('/');
  await page.getByRole('button', { name: 'Aujourd’hui, je n’ai pas bu' }).click();

  const notice = page.getByTestId('new-badge-notice');
  await expect(notice).toContainText('5 nouveaux badges');
  await notice.getByRole('link', { name: 'Voir mes badges' }).click();
  await oz.expectScreen('Mes badges');
  const badge = page.getByTestId('badge-drink-free-days-7');
  await expect(badge).toContainText('7 jours sans alcool');
  await expect(badge).toContainText('Nouveau');
  await expectNoAxeViolations(page, 'badges');

  // Seen: the notice is gone from the home, and the badge stays.
  await page.goto('/');
  await oz.diary.expectOpen();
  await expect(page.getByTestId('new-badge-notice')).toHaveCount(0);
  await oz.open('/badges', 'Mes badges');
  await expect(page.getByTestId('badge-drink-free-days-7')).not.toContainText('Nouveau');

  // Reached from « Plus » too.
  await oz.navigateTo('Plus');
  await expect(page.getByRole('link', { name: /Mes badges/ })).toBeVisible();
});
