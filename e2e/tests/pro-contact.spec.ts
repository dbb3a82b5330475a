// Issue 5 — « Parler à un professionnel », end to end: a person sends a request while offline → it is kept on
// the device and leaves once the network is back, exactly once even when an answer is lost on the way →
// a professional (account created by the platform admin) signs in at /pro, takes it, marks it contacted →
// the person's status page shows it.
import type { Route } from '@playwright/test';
import { uniqueSuffix } from '../support/pro-api.js';
import { ContactScreens } from '../support/pro-person.js';
import { openWorkspace } from '../support/pro-workspace.js';
import { waitForServiceWorkerControl } from '../support/service-worker.js';
import { expect, test } from '../support/pro-test.js';
import { anySpace, startsWith } from '../support/text.js';

interface Delivery {
  readonly idempotencyKey: string | undefined;
  readonly status: number;
}

/**
 * Lets every POST of a contact request reach the server, but drops the first answer on its way back (as a
 * network cut right after sending would): the app must retry, with the same idempotency key.
 */
function loseFirstAnswer(deliveries: Delivery[]): (route: Route) => Promise<void> {
  return async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    const response = await route.fetch();
    deliveries.push({
      idempotencyKey: route.request().headers()['idempotency-key'],
      status: response.status(),
    });
    if (deliveries.length === 1) return route.abort('connectionreset');
    return route.fulfill({ response });
  };
}

test('a request sent offline arrives once; a professional takes it and marks it contacted; the person sees it', async ({
  oz,
  page,
  context,
  browser,
  pro,
}) => {
  const team = pro.toulouse;
  const firstName = `Alex ${uniqueSuffix()}`;
  const contact = new ContactScreens(page);

  // The app and its service worker are loaded, then the network goes away.
  await page.goto('/');
  await oz.firstVisit.skipToDiary();
  await oz.diary.expectOpen();
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);

  await contact.openFromMore();
  await contact.fill({
    forWhom: 'Pour moi',
    firstName,
    phone: '06 12 34 56 78',
    postalCode: team.postalCode,
    message: 'Plutôt en fin de journée, merci.',
  });
  await contact.send();
  await contact.expectQueued();

  const deliveries: Delivery[] = [];
  await context.route('**/api/contact-requests', loseFirstAnswer(deliveries));
  await context.setOffline(false);

  // Sent, first answer lost, sent again with the same key: the server answers the replay with the original.
  await contact.expectStatus('Reçue');
  await expect(page.getByText(/^Un professionnel vous contacte avant le /)).toBeVisible();
  expect(deliveries.map((delivery) => delivery.status)).toEqual([201, 200]);
  const [first, second] = deliveries;
  expect(first?.idempotencyKey).toMatch(/^\S{16,}$/);
  expect(second?.idempotencyKey).toBe(first?.idempotencyKey);
  await context.unroute('**/api/contact-requests');

  // It arrived once, in the queue of the structure serving the person's postal code.
  const arrived = await pro.requestsOf(team, firstName);
  expect(arrived).toHaveLength(1);
  expect(arrived[0]).toMatchObject({ status: 'new', postalCode: team.postalCode, assignedTo: null });

  // A new professional's first sign-in (one-time password from the admin), the queue, take, contacted.
  const professional = await pro.newProfessional(team);
  const { workspace, close } = await openWorkspace(browser);
  const newPassword = `une phrase de passe bien à moi ${uniqueSuffix()}`;
  await workspace.openLogin();
  await workspace.signIn(professional);
  await workspace.changeForcedPassword(professional.password, newPassword);
  await workspace.expectQueue();
  const row = workspace.queueRows(firstName);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Nouvelle');
  await expect(row).toContainText(team.postalCode);
  await workspace.take(firstName);
  await workspace.expectRequestStatus('Prise en charge');
  await expect(workspace.page.getByText('06 12 34 56 78')).toBeVisible();
  await expect(workspace.page.getByText('Plutôt en fin de journée, merci.')).toBeVisible();
  await workspace.changeStatus('Contactée');
  await close();

  const handled = await pro.requestsOf(team, firstName);
  expect(handled).toHaveLength(1);
  expect(handled[0]).toMatchObject({
    status: 'contacted',
    assignedTo: { displayName: professional.displayName },
  });

  // Later, from the app: the person's request says they were contacted, and by which structure.
  await contact.openMyRequest(firstName);
  await contact.expectStatus('Un premier contact a eu lieu');
  await expect(page.getByText(/^Premier contact le /)).toBeVisible();
  await expect(page.getByText(`Structure qui vous suit : ${team.structure.name}`)).toBeVisible();
  const steps = page.getByRole('list').filter({ hasText: 'Reçue' });
  await expect(steps.getByRole('listitem')).toHaveText([
    /^Reçue /,
    /^Prise en charge par un professionnel /,
    /^Un premier contact a eu lieu /,
  ]);
});

test('with consent the diary summary is attached; withdrawing the request erases it on the server', async ({
  oz,
  page,
  browser,
  pro,
}) => {
  const team = pro.toulouse;
  const firstName = `Noa ${uniqueSuffix()}`;
  const contact = new ContactScreens(page);

  // One pint today (Wednesday 18 November 2026): the summary of the last 4 weeks is not empty.
  await oz.startWithDiary();
  await oz.diary.addCatalogueDrink('Bières', startsWith('Pinte de bière (50 cl, 5 %)'), {
    when: { time: '09:00' },
  });
  await oz.diary.expectTotals({ today: '2,0', week: '2,0' });

  await contact.openFromMore();
  await contact.fill({
    forWhom: 'Pour moi',
    firstName,
    email: 'noa@example.org',
    postalCode: team.postalCode,
  });
  const preview = await contact.consentToAttachSummary();
  await expect(preview.getByRole('row').filter({ hasText: '2,0' })).not.toHaveCount(0);
  await contact.send();
  await contact.expectStatus('Reçue');

  // The professional sees the attached summary (the view is logged).
  const { workspace, close } = await openWorkspace(browser);
  await workspace.signInToQueue(team.professional);
  await expect(workspace.queueRows(firstName)).toContainText('Oui');
  await workspace.page.getByRole('link', { name: firstName, exact: true }).click();
  await expect(workspace.title).toHaveText(`Demande de ${firstName}`);
  await workspace.expectLoggedViewNotice();
  const week = workspace.page
    .getByRole('region', { name: 'Journal : totaux par semaine (verres standard)' })
    .getByRole('row')
    .filter({ has: workspace.page.getByRole('rowheader', { name: '16 nov. 2026' }) });
  await expect(week).toContainText('2,0');

  // The person withdraws: erased on the server, the professional can no longer open it.
  await contact.withdraw();
  await workspace.page.reload();
  await expect(workspace.page.getByRole('alert')).toHaveText(/^Introuvable/);
  await workspace.navigate('File des demandes');
  await expect(workspace.queueRows(firstName)).toHaveCount(0);
  await close();

  expect(await pro.requestsOf(team, firstName)).toEqual([]);
});

test('offline, the status page shows the last known status; back online, it catches up by itself', async ({
  oz,
  page,
  context,
  pro,
}) => {
  const team = pro.toulouse;
  const firstName = `Eli ${uniqueSuffix()}`;
  const contact = new ContactScreens(page);

  await page.goto('/');
  await oz.firstVisit.skipToDiary();
  await oz.diary.expectOpen();
  await waitForServiceWorkerControl(page);
  await contact.openFromMore();
  await contact.fill({
    forWhom: 'Pour moi',
    firstName,
    phone: '07 11 22 33 44',
    postalCode: team.postalCode,
  });
  await contact.send();
  await contact.expectStatus('Reçue');

  // Meanwhile a professional reaches the person and says so in the workspace.
  const [request] = await pro.requestsOf(team, firstName);
  if (request === undefined) throw new Error(`the request of ${firstName} is not in the queue`);
  await pro.admin.write('POST', `/api/pro/requests/${request.id}/status`, { status: 'contacted' });

  await context.setOffline(true);
  await contact.openMyRequest(firstName);
  await contact.expectStatus('Reçue');
  await expect(page.getByText(anySpace(/^Hors connexion : dernier état connu le /))).toBeVisible();

  await context.setOffline(false);
  await contact.expectStatus('Un premier contact a eu lieu');
  await expect(page.getByText(/^Hors connexion/)).toHaveCount(0);
});
