// Issue 4 — orientation: the care finder's filters (young people, family and friends), homonyms resolved by
// the person, a clear message for an unknown place, and the screening result leading to the finder.
import { expect, test } from '../support/test.js';
import { anySpace } from '../support/text.js';

test('the young-people filter keeps only places that receive young people', async ({ oz, page }) => {
  await oz.startWithDiary();
  await oz.help.open();
  await page.getByRole('radio', { name: 'Jeunes (12–25 ans)' }).check();
  await oz.help.search('31000');
  const results = oz.help.results(/^Lieux près de 31000/);
  await expect(oz.help.places(results).first()).toBeVisible();
  const publics = await oz.help
    .places(results)
    .getByText(anySpace(/^Reçoit :/))
    .allTextContents();
  expect(publics.length).toBe(await oz.help.places(results).count());
  for (const line of publics) expect(line).toContain('jeunes');
});

test('a commune name shared by several places asks which one; an unknown code says so', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  await oz.help.open();
  await oz.help.search('Saint-Denis');
  const choice = page.getByRole('region', { name: 'Plusieurs communes portent ce nom. Laquelle ?' });
  await choice.getByRole('button', { name: /Saint-Denis \(93\)/ }).click();
  await expect(oz.help.results(/^Lieux près de Saint-Denis/)).toBeVisible();

  await oz.help.search('99999');
  await expect(page.getByRole('alert')).toContainText(
    'Aucune commune ni code postal ne correspond à « 99999 »',
  );
});

test('the quick-test result leads to the care finder, with the helpline shown', async ({ oz, page }) => {
  await oz.start();
  await oz.firstVisit.chooseForMe({ sex: 'Un homme' });
  await oz.quickTest.begin();
  await oz.quickTest.answer({ number: 1, question: /boissons/, option: '4 fois par semaine ou plus' });
  await oz.quickTest.answer({ number: 2, question: /journée ordinaire/, option: '10 ou plus' });
  await oz.quickTest.answer({ number: 3, question: /six verres/, option: 'Tous les jours ou presque' });
  await oz.expectScreen('Votre résultat');
  // 4 + 4 + 4 = 12 ≥ 10: possible dependence — never "stop alone", a professional instead.
  await expect(page.getByRole('heading', { level: 2, name: 'Dépendance possible' })).toBeVisible();
  await page.getByRole('link', { name: 'Trouver de l’aide près de chez moi' }).click();
  await expect(page).toHaveURL(/\/aide(\?.*)?$/);
  await oz.expectScreen('Trouver de l’aide');
  await expect(page.getByRole('link', { name: /0 980 980 930/ }).first()).toBeVisible();
});
