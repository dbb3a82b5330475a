// Issue 10 — programmes: « Premiers pas » day 1 done from the diary home (keyboard only for the quiz, 320 px,
// reduced motion), the month without alcohol starting behind the safety questions, and a programme resumed
// after a gap where the person left off. Every new screen passes axe.
import { expectNoAxeViolations } from '../support/axe.js';
import { anySpace } from '../support/text.js';
import { expect, test } from '../support/test.js';

test('day 1 of « Premiers pas », from the diary home, with the keyboard, on a 320 px screen', async ({
  oz,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 320, height: 700 });
  await oz.startWithDiary();
  await page.getByRole('main').getByRole('link', { name: 'Programmes', exact: true }).click();
  await oz.expectScreen('Programmes');
  await expectNoAxeViolations(page, 'Programmes');

  await page.getByRole('link', { name: /^Premiers pas/ }).click();
  await oz.expectScreen('Premiers pas');
  await expectNoAxeViolations(page, 'Premiers pas (pas commencé)');
  await page.getByRole('button', { name: 'Commencer', exact: true }).click();
  await oz.expectScreen(anySpace(/^Jour 1 : Comprendre ce que l’on boit$/));
  await expect(page.getByRole('region', { name: 'Sources' }).getByRole('link').first()).toHaveAttribute(
    'href',
    /^https:\/\//,
  );

  // The quiz with the keyboard only: the options are one radio group, arrow keys move along it.
  const quiz = page.getByRole('group', { name: /Lequel contient le plus d’alcool/ });
  await quiz.getByRole('radio', { name: 'Le demi de bière' }).focus();
  await page.keyboard.press('Space');
  await expect(quiz).toContainText('Pas tout à fait.');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(quiz.getByRole('radio', { name: 'Autant dans les trois' })).toBeChecked();
  await expect(quiz).toContainText('Bonne réponse.');
  await expectNoAxeViolations(page, 'Premiers pas, jour 1');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'no sideways scrolling at 320 px').toBeLessThanOrEqual(320);

  await page.getByRole('button', { name: 'Terminer le jour 1' }).focus();
  await page.keyboard.press('Enter');
  await oz.expectToast('Jour 1 terminé. Le suivant s’ouvrira demain.');
  await oz.expectScreen('Premiers pas');
  await expect(page.getByText('Le jour 2 s’ouvrira demain.')).toBeVisible();
  await expect(page.getByRole('link', { name: /Jour 1/ })).toContainText('Fait le');
  await expectNoAxeViolations(page, 'Premiers pas (jour 1 fait)');
});

test('the month without alcohol starts behind the safety questions', async ({ oz, page }) => {
  await oz.startWithDiary();
  await oz.navigateTo('Plus');
  await page.getByRole('link', { name: /^Programmes/ }).click();
  await page.getByRole('link', { name: /^Mois sans alcool/ }).click();
  await oz.expectScreen('Mois sans alcool');

  // Oz knows nothing of this person's drinking yet: the questions come before any start button.
  const check = page.getByRole('region', { name: /quatre questions pour votre sécurité/ });
  await expect(check).toBeVisible();
  await expect(page.getByRole('button', { name: /^Commencer/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'Mois sans alcool, questions de sécurité');
  for (const question of [/dès le matin/, /convulsions/, /calmants/, /sevrage/]) {
    await check.getByRole('group', { name: question }).getByRole('radio', { name: 'Non' }).check();
  }
  await check.getByRole('button', { name: 'Continuer' }).click();

  await oz.expectScreen(anySpace(/^Jour 1 : Un mois sans alcool$/));
  await oz.expectToast('Programme commencé. Voici votre premier jour.');
  await expectNoAxeViolations(page, 'Mois sans alcool, jour 1');
});

test('a programme resumes after a gap where the person left off', async ({ oz, page }) => {
  await oz.startWithDiary();
  await page.goto('/programmes/premiers-pas');
  await page.getByRole('button', { name: 'Commencer', exact: true }).click();
  const quiz = page.getByRole('group', { name: /Lequel contient le plus d’alcool/ });
  await quiz.getByRole('radio', { name: 'Autant dans les trois' }).check();
  await page.getByRole('button', { name: 'Terminer le jour 1' }).click();
  await expect(page.getByText('Le jour 2 s’ouvrira demain.')).toBeVisible();

  // Twelve days later: day 2 waits, nothing was skipped.
  await page.clock.setSystemTime(new Date('2026-11-30T09:00:00+01:00'));
  await page.reload();
  await oz.expectScreen('Premiers pas');
  await expect(page.getByText(anySpace(/Bon retour ! Vous reprenez au jour 2/))).toBeVisible();
  await page.getByRole('link', { name: 'Ouvrir le jour 2' }).click();
  await oz.expectScreen(anySpace(/^Jour 2 : Les repères$/));
  await expectNoAxeViolations(page, 'Premiers pas, jour 2');
});
