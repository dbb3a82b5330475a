// Issue 3 — first visit: welcome → "Pour moi" → optional profile → AUDIT-C, one question per screen
// (back allowed) → result in plain French with the repères and next steps.
import { expect, test } from '../support/test.js';
import { anySpace } from '../support/text.js';

test('first visit: welcome, profile, quick test with a step back, result page', async ({ oz, page }) => {
  await oz.start();
  await oz.firstVisit.chooseForMe({ sex: 'Une femme', age: '25 à 64 ans' });
  await oz.quickTest.begin();

  await oz.quickTest.answer({
    number: 1,
    question: /consommer des boissons contenant de l’alcool/,
    option: '4 fois par semaine ou plus',
  });
  // Back to question 1: the previous answer is still marked, and can be changed.
  await oz.quickTest.previousQuestion();
  await expect(page.getByText('Question 1 sur 3')).toBeVisible();
  await expect(
    oz.quickTest.answers.getByRole('button', { name: '4 fois par semaine ou plus' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await oz.quickTest.answer({
    number: 1,
    question: /consommer des boissons/,
    option: '2 à 3 fois par semaine',
  });
  await oz.quickTest.answer({ number: 2, question: /journée ordinaire/, option: '3 ou 4' });
  await oz.quickTest.answer({
    number: 3,
    question: /six verres standard ou plus/,
    option: 'Moins d’une fois par mois',
  });

  // Woman: 3 + 1 + 1 = 5 ≥ 3 → probable misuse (docs/reference/clinical-sources.md B.2).
  await expect(page).toHaveURL(/\/resultat\/[^/]+$/);
  await oz.expectScreen('Votre résultat');
  await expect(page.getByRole('heading', { level: 2, name: 'Consommation à risque' })).toBeVisible();
  await expect(page.getByText('Score : 5 sur 12')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Les repères de consommation' })).toBeVisible();
  await expect(page.getByText('Pas plus de 10 verres standard par semaine')).toBeVisible();
  await expect(page.getByText('Pas plus de 2 verres standard par jour')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Et maintenant ?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Trouver de l’aide près de chez moi' })).toBeVisible();
  // The national helpline is always within reach.
  await expect(page.getByRole('link', { name: /0 ?980 ?980 ?930/ }).first()).toBeVisible();

  // The welcome does not come back: the next visit opens the diary.
  await page.goto('/');
  await oz.diary.expectOpen();
});

test('first visit: the welcome can be skipped straight to the diary', async ({ oz }) => {
  await oz.start();
  await oz.firstVisit.skipToDiary();
  await oz.diary.expectOpen();
  await oz.diary.expectTotals({ today: '0,0', week: '0,0' });
});

test('first visit for someone close: what helps, how to talk, and places that receive relatives', async ({
  oz,
  page,
}) => {
  await oz.start();
  await oz.firstVisit.chooseForSomeoneClose();
  await oz.expectScreen('Un proche vous inquiète');
  await expect(page.getByRole('heading', { name: 'Ce qui aide' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Comment en parler' })).toBeVisible();
  await page.getByRole('link', { name: 'Trouver un lieu qui reçoit les proches' }).click();
  await oz.expectScreen('Trouver de l’aide');
  // The finder opens with the family-and-friends filter already chosen.
  await expect(page.getByRole('radio', { name: 'Famille, amis (entourage)' })).toBeChecked();
  await oz.help.search('75011');
  const results = oz.help.results(/^Lieux près de 75011/);
  await expect(oz.help.places(results).first()).toBeVisible();
  const publics = await oz.help
    .places(results)
    .getByText(anySpace(/^Reçoit :/))
    .allTextContents();
  expect(publics.length).toBeGreaterThan(0);
  for (const line of publics) expect(line).toContain('entourage');
});

test('the whole app switches to English in the settings, and back', async ({ oz, page }) => {
  await oz.startWithDiary();
  await page.goto('/reglages');
  await oz.expectScreen('Réglages');
  await page.getByRole('radio', { name: 'English' }).click();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link')).toHaveText([
    'Diary',
    'Calendar',
    'Goals',
    'Check',
    'More',
  ]);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await page.getByRole('radio', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await oz.expectScreen('Réglages');
});
