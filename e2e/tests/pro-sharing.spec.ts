// Issue 5 — linking with a professional: the professional creates an invitation code, the person enters it
// and chooses what to share, the professional sees exactly that (and is told the view is logged), the person
// stops sharing → the server copy is gone and the professional no longer sees anything. Issue 11: when the
// diary changes, the shared summary is refreshed by itself. The two screens only
// reachable once linked (what to share; the shared data in the workspace) are checked with axe on the way.
import { expectNoAxeViolations } from '../support/axe.js';
import { uniqueSuffix } from '../support/pro-api.js';
import { SharingScreens } from '../support/pro-person.js';
import { openWorkspace } from '../support/pro-workspace.js';
import { startsWith } from '../support/text.js';
import { expect, test } from '../support/pro-test.js';

test('a person links with an invitation code, shares their diary summary, then stops sharing', async ({
  oz,
  page,
  browser,
  pro,
}) => {
  const team = pro.toulouse;
  const label = `Dossier ${uniqueSuffix()}`;

  // Something to share: one pint today (Wednesday 18 November 2026).
  await oz.startWithDiary();
  await oz.diary.addCatalogueDrink('Bières', startsWith('Pinte de bière (50 cl, 5 %)'), {
    when: { time: '09:00' },
  });
  await oz.diary.expectTotals({ today: '2,0', week: '2,0' });

  const { workspace, close } = await openWorkspace(browser);
  await workspace.signInToQueue(team.professional);
  const code = await workspace.createInvitation(label);

  // The person types the code as read aloud (lower case, a space instead of the dash).
  const sharing = new SharingScreens(page);
  await sharing.linkWithCode(code.toLowerCase().replace('-', ' '), team.structure.name);
  await sharing.choose('Le résumé de mon journal');
  await expectNoAxeViolations(page, 'choose what to share, with its preview', { soft: true });
  await sharing.send();

  // The professional sees the diary summary, and only it, with the notice that the view is logged.
  await workspace.navigate('Personnes suivies');
  const person = workspace.page
    .getByRole('row')
    .filter({ has: workspace.page.getByRole('link', { name: label, exact: true }) });
  await expect(person).toContainText('résumé du journal');
  await workspace.openPerson(label);
  await workspace.expectLoggedViewNotice();
  const week = workspace.page
    .getByRole('region', { name: 'Journal : totaux par semaine (verres standard)' })
    .getByRole('row')
    .filter({ has: workspace.page.getByRole('rowheader', { name: '16 nov. 2026' }) });
  await expect(week).toContainText('2,0');
  await expect(workspace.page.getByText('Les résultats de tests ne sont pas partagés.')).toBeVisible();
  await expectNoAxeViolations(workspace.page, 'workspace shared data view', { soft: true });
  const personUrl = workspace.page.url();

  // Issue 11: the diary changes (a second pint) → once the person stops writing (30 s, debounced), the summary is
  // sent again by itself, and the person sees when it was last sent.
  const refreshed = page.waitForResponse(
    (response) => response.request().method() === 'PUT' && response.url().endsWith('/data') && response.ok(),
  );
  await page.goto('/');
  await oz.diary.expectOpen();
  await oz.diary.addCatalogueDrink('Bières', startsWith('Pinte de bière (50 cl, 5 %)'), {
    when: { time: '11:00' },
  });
  await oz.diary.expectTotals({ today: '4,0', week: '4,0' });
  await page.clock.runFor(31_000);
  await refreshed;
  await workspace.page.reload();
  await expect(week).toContainText('4,0');
  await page.goto('/partage');
  await expect(page.getByRole('link', { name: new RegExp(team.structure.name) })).toContainText(
    /dernier envoi le /,
  );
  await page.getByRole('link', { name: new RegExp(team.structure.name) }).click();
  await expect(page.getByRole('checkbox', { name: 'Tenir ce résumé à jour automatiquement' })).toBeChecked();

  // The person stops sharing: the link and the server copy are erased.
  await sharing.stop();

  await workspace.page.goto(personUrl);
  await expect(workspace.page.getByRole('alert')).toHaveText(/^Introuvable/);
  await expect(
    workspace.page.getByRole('table', { name: 'Journal : totaux par semaine (verres standard)' }),
  ).toHaveCount(0);
  await workspace.navigate('Personnes suivies');
  await expect(workspace.page.getByRole('link', { name: label, exact: true })).toHaveCount(0);
  await close();
});
