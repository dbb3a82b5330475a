// Issue 5 screens under axe-core (WCAG 2.0/2.1/2.2 A and AA, 0 violations): the person's contact form (also
// with its error summary), the request status page and the linking page; the workspace's sign-in, queue,
// request detail and invitation. Soft checks: one run lists every screen that needs fixing.
import { expectNoAxeViolations } from '../support/axe.js';
import { uniqueSuffix } from '../support/pro-api.js';
import { ContactScreens } from '../support/pro-person.js';
import { openWorkspace } from '../support/pro-workspace.js';
import { expect, test } from '../support/pro-test.js';

test('issue 5 screens have no WCAG A/AA violation, for the person and in the workspace', async ({
  oz,
  page,
  browser,
  pro,
}) => {
  const team = pro.toulouse;
  const firstName = `Sam ${uniqueSuffix()}`;
  const contact = new ContactScreens(page);

  await page.goto('/');
  await oz.firstVisit.skipToDiary();
  await oz.diary.expectOpen();
  await contact.openFromMore();
  await expectNoAxeViolations(page, 'contact form', { soft: true });

  await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'points à corriger avant l’envoi' })).toBeVisible();
  await expectNoAxeViolations(page, 'contact form with errors', { soft: true });

  await contact.fill({
    forWhom: 'Pour moi',
    firstName,
    email: 'sam@example.org',
    postalCode: team.postalCode,
  });
  await contact.send();
  await contact.expectStatus('Reçue');
  await expectNoAxeViolations(page, 'request status page', { soft: true });

  await page.goto('/lien');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Me relier à un professionnel');
  await expectNoAxeViolations(page, 'link with a professional', { soft: true });

  const { workspace, close } = await openWorkspace(browser);
  await workspace.openLogin();
  await expectNoAxeViolations(workspace.page, 'workspace sign-in', { soft: true });
  await workspace.signIn(team.professional);
  await workspace.expectQueue();
  await expect(workspace.queueRows(firstName)).toHaveCount(1);
  await expectNoAxeViolations(workspace.page, 'workspace queue', { soft: true });

  await workspace.take(firstName);
  await expectNoAxeViolations(workspace.page, 'workspace request detail', { soft: true });

  await workspace.createInvitation(`Dossier ${uniqueSuffix()}`);
  await expectNoAxeViolations(workspace.page, 'workspace invitation', { soft: true });
  await close();
});
