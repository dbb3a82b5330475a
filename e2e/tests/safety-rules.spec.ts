// Issue 8 — the rules: during pregnancy and under 18 the repère is zero (one glass is never « dans les
// repères »; the midwife, or the CJC, first), the WHO AUDIT skip rule (a person who never drinks goes straight
// to questions 9–10), and a full AUDIT whose first three answers make an AUDIT-C of 11 is labelled like its
// advice, with the withdrawal caution.
// "Now" is Wednesday 18 November 2026, 10:00 in Paris (support/pages/oz-app.ts).
import { startsWith } from '../support/text.js';
import { expect, test } from '../support/test.js';

const HALF_OF_BEER = 'Demi de bière (25 cl, 5 %)';

test('a pregnant person’s glass is not « dans les repères »: zero alcool, the midwife first', async ({
  oz,
  page,
}) => {
  await oz.start();
  await oz.firstVisit.expectWelcome();
  await page.getByRole('link', { name: /^Pour moi/ }).click();
  await oz.expectScreen('Quelques précisions (facultatif)');
  const woman = page.getByRole('radio', { name: 'Une femme' });
  await woman.click();
  await expect(woman).toBeChecked();
  const pregnant = page.getByRole('checkbox', { name: /enceinte, j’allaite ou j’essaie d’avoir un enfant/ });
  await pregnant.click();
  await expect(pregnant).toBeChecked();
  await page.goto('/');
  await oz.diary.expectOpen();
  await expect(oz.diary.todayTotal).toContainText('Repère : zéro alcool');

  await oz.diary.addCatalogueDrink('Bières', startsWith(HALF_OF_BEER));
  await oz.diary.expectOpen();
  await oz.diary.expectTotals({ today: '1,0', week: '1,0' });
  await expect(oz.diary.todayTotal).toContainText('au-dessus');
  await expect(
    oz.diary.weekDay(/^mercredi 18 novembre : au-dessus des repères, 1,0 verres? standard$/),
  ).toBeVisible();
  await expect(page.getByTestId('week-verdict')).not.toContainText('dans les repères');
  const notice = page.getByRole('region', { name: 'Zéro alcool pendant la grossesse' });
  await expect(notice).toContainText('sage-femme');
  await expect(page.getByText(/reste dans les repères/)).toHaveCount(0);

  await oz.navigateTo('Calendrier');
  await oz.calendar.expectDay('mercredi 18 novembre', 'au-dessus des repères', '1,0');
});

test('AUDIT: a person who never drinks goes straight to questions 9 and 10 (WHO skip rule)', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  await oz.open('/evaluer/audit', /^AUDIT/);
  await page.getByRole('button', { name: 'Commencer' }).click();
  await oz.quickTest.answer({
    number: 1,
    of: 10,
    question: /boissons contenant de l’alcool/,
    option: 'Jamais',
  });
  await oz.quickTest.answer({ number: 9, of: 10, question: /blessé/, option: 'Non' });
  // Back goes to the question actually asked before, not to a skipped one.
  await oz.quickTest.previousQuestion();
  await expect(page.getByText('Question 9 sur 10')).toBeVisible();
  await oz.quickTest.answer({ number: 9, of: 10, question: /blessé/, option: 'Non' });
  await oz.quickTest.answer({ number: 10, of: 10, question: /inquiété/, option: 'Non' });
  await oz.expectScreen('Votre résultat');
  await expect(page.getByTestId('result-score')).toHaveText('Score : 0 sur 40');
  await expect(page.getByRole('heading', { level: 2, name: 'Risque faible' })).toBeVisible();
});

test('a full AUDIT with items 1–3 = 4, 4, 3 is labelled like its advice, with the withdrawal caution', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  await oz.open('/evaluer/audit', /^AUDIT/);
  await page.getByRole('button', { name: 'Commencer' }).click();
  await oz.quickTest.answer({
    number: 1,
    of: 10,
    question: /boissons/,
    option: '4 fois par semaine ou plus',
  });
  await oz.quickTest.answer({ number: 2, of: 10, question: /journée ordinaire/, option: '10 ou plus' });
  await oz.quickTest.answer({ number: 3, of: 10, question: /six verres/, option: 'Une fois par semaine' });
  for (let number = 4; number <= 8; number += 1) {
    await oz.quickTest.answer({ number, of: 10, question: /\?$/, option: 'Jamais' });
  }
  await oz.quickTest.answer({ number: 9, of: 10, question: /blessé/, option: 'Non' });
  await oz.quickTest.answer({ number: 10, of: 10, question: /inquiété/, option: 'Non' });
  await oz.expectScreen('Votre résultat');
  await expect(page.getByTestId('result-score')).toHaveText('Score : 11 sur 40');
  await expect(page.getByRole('heading', { level: 2, name: 'Dépendance possible' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'N’arrêtez pas d’un coup sans aide médicale' }),
  ).toBeVisible();
});

test('under 18 the repère is zero too, and the CJC comes first', async ({ oz, page }) => {
  await oz.start();
  await oz.firstVisit.expectWelcome();
  await page.getByRole('link', { name: /^Pour moi/ }).click();
  await oz.expectScreen('Quelques précisions (facultatif)');
  const age = page.getByRole('combobox', { name: 'Votre âge' });
  await age.selectOption({ label: 'Moins de 18 ans' });
  await expect(age).toHaveValue('under-18');
  await page.goto('/');
  await oz.diary.expectOpen();
  await expect(oz.diary.todayTotal).toContainText('Repère : zéro alcool');

  await oz.diary.addCatalogueDrink('Bières', startsWith(HALF_OF_BEER));
  await oz.diary.expectOpen();
  await expect(oz.diary.todayTotal).toContainText('au-dessus');
  await expect(page.getByTestId('week-verdict')).not.toContainText('dans les repères');
  const notice = page.getByRole('region', { name: 'Avant 18 ans, zéro alcool' });
  await expect(notice).toContainText('Consultation jeunes consommateurs');
  await notice.getByRole('link', { name: 'Trouver une CJC' }).click();
  await expect(page).toHaveURL(/\/aide\?type=cjc$/);
});
