// Issue 5 — referral between structures: a professional logs a contact attempt and a note, then refers the
// request to another structure on Oz → it leaves their queue and joins the other one as new, with its whole
// history → the person's status page names the structure that now follows them (and never shows notes).
import { uniqueSuffix } from '../support/pro-api.js';
import { ContactScreens } from '../support/pro-person.js';
import { openWorkspace } from '../support/pro-workspace.js';
import { expect, test } from '../support/pro-test.js';

test('a request referred to another structure joins its queue with its history; the person sees who follows them', async ({
  oz,
  page,
  browser,
  pro,
}) => {
  const { toulouse, paris } = pro;
  const inToulouse = toulouse.professional;
  const inParis = paris.professional;
  const firstName = `Lou ${uniqueSuffix()}`;
  const note = 'Travaille à Paris : plus simple pour elle d’y être reçue.';

  const contact = new ContactScreens(page);
  await page.goto('/');
  await oz.firstVisit.skipToDiary();
  await oz.diary.expectOpen();
  await contact.openFromMore();
  await contact.fill({
    forWhom: 'Pour moi',
    firstName,
    phone: '06 98 76 54 32',
    postalCode: toulouse.postalCode,
  });
  await contact.send();
  await contact.expectStatus('Reçue');

  const first = await openWorkspace(browser);
  await first.workspace.signInToQueue(inToulouse);
  await first.workspace.take(firstName);
  await first.workspace.logAttempt('Téléphone', 'Pas de réponse');
  await first.workspace.addNote(note);
  await first.workspace.refer(paris.structure.name, 'Orientée vers Paris, à sa demande.');
  await first.workspace.navigate('File des demandes');
  await expect(first.workspace.queueRows(firstName)).toHaveCount(0);
  await first.close();

  const second = await openWorkspace(browser);
  await second.workspace.signInToQueue(inParis);
  const row = second.workspace.queueRows(firstName);
  await expect(row).toContainText('orientée par une autre structure');
  await expect(row).toContainText('Nouvelle');
  await second.workspace.take(firstName);
  const history = second.workspace.history.getByRole('listitem');
  await expect(history.filter({ hasText: 'Orientée' })).toContainText('Orientée vers Paris, à sa demande.');
  await expect(history.filter({ hasText: 'Orientée' })).toContainText(inToulouse.displayName);
  await expect(history.filter({ hasText: 'Tentative de contact' })).toContainText(
    'Téléphone · Pas de réponse',
  );
  await expect(history.filter({ hasText: note })).toContainText(inToulouse.displayName);
  await expect(history.filter({ hasText: 'Demande reçue' })).toHaveCount(1);
  await second.close();

  await contact.openMyRequest(firstName);
  await contact.expectStatus('Prise en charge par un professionnel');
  await expect(page.getByText(`Structure qui vous suit : ${paris.structure.name}`)).toBeVisible();
  await expect(page.getByText(note)).toHaveCount(0);
});
