// Issue 8 — safety net: before a deep cut (here a zero goal) Oz asks the questions that predict a dangerous
// withdrawal; a "yes" brings clear medical-support advice and where to find it, and the person still chooses.
import { expect, test } from '../support/test.js';

test('before a zero goal, the safety questions come first; a "yes" shows the medical-support advice', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  await page.goto('/objectifs');
  await oz.goals.expectOpen();
  await oz.goals.form.getByLabel('Nombre maximum de verres standard par semaine').fill('0');
  await oz.goals.form.getByRole('button', { name: 'Enregistrer mon objectif' }).click();

  // Nothing is known about this person's drinking yet: the four questions are asked before saving.
  const check = page.getByRole('region', { name: /quatre questions pour votre sécurité/ });
  await expect(check).toContainText('Oz ne sait pas encore combien vous buvez habituellement.');
  await check
    .getByRole('group', { name: /convulsions/ })
    .getByRole('radio', { name: 'Non' })
    .check();
  await check
    .getByRole('group', { name: /dès le matin/ })
    .getByRole('radio', { name: 'Oui' })
    .check();
  await check
    .getByRole('group', { name: /calmants/ })
    .getByRole('radio', { name: 'Non' })
    .check();
  await check
    .getByRole('group', { name: /sevrage/ })
    .getByRole('radio', { name: 'Non' })
    .check();
  await check.getByRole('button', { name: 'Continuer' }).click();

  const advice = page.getByRole('note', {
    name: 'Réduire ou arrêter avec un accompagnement médical, c’est plus sûr',
  });
  await expect(advice).toBeVisible();
  await expect(advice).toContainText('Votre médecin traitant');
  await expect(advice.getByRole('link', { name: /0 980 980 930/ })).toHaveAttribute(
    'href',
    'tel:+33980980930',
  );
  await expect(advice.getByRole('link', { name: 'Trouver un CSAPA près de chez moi' })).toHaveAttribute(
    'href',
    '/aide?type=csapa',
  );
  await expect(advice.getByRole('link', { name: '15' })).toHaveAttribute('href', 'tel:15');

  // Oz informs, never blocks: the person may still save the goal.
  await page.getByRole('button', { name: 'Je choisis d’enregistrer cet objectif maintenant' }).click();
  await oz.expectToast('Objectif enregistré. Il compte à partir de cette semaine.');

  // During the first days of the break, the diary home recalls the warning signs and what to do.
  await page.goto('/');
  await oz.diary.expectOpen();
  const watch = page.getByRole('region', { name: /Les premiers jours sans alcool/ });
  await expect(watch).toContainText('Jour 1 de votre pause.');
  await expect(watch.getByRole('link', { name: '15' })).toHaveAttribute('href', 'tel:15');
  await expect(watch.getByRole('link', { name: /0 980 980 930/ })).toHaveAttribute(
    'href',
    'tel:+33980980930',
  );
});
