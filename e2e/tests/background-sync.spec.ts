// Issue 11 — « The contact request sends itself »: a request written offline leaves by Background Sync once the
// network is back, even though every Oz page was closed, with the idempotency key generated on the device —
// and the server has it once. Chromium supports Background Sync; the page says so.
import type { Page } from '@playwright/test';
import { uniqueSuffix } from '../support/pro-api.js';
import { ContactScreens } from '../support/pro-person.js';
import { waitForServiceWorkerControl } from '../support/service-worker.js';
import { expect, test } from '../support/pro-test.js';

/** The tags the service worker's registration is waiting to sync. */
function pendingSyncTags(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const sync = (
      registration as ServiceWorkerRegistration & {
        sync?: { getTags(): Promise<string[]> };
      }
    ).sync;
    return sync === undefined ? [] : sync.getTags();
  });
}

/** The idempotency keys of the contact requests kept on the device (IndexedDB `oz`, store `contactRequests`). */
function storedIdempotencyKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('oz');
        open.onerror = () => reject(new Error('cannot open IndexedDB'));
        open.onsuccess = () => {
          const read = open.result.transaction('contactRequests').objectStore('contactRequests').getAll();
          read.onerror = () => reject(new Error('cannot read contactRequests'));
          read.onsuccess = () =>
            resolve((read.result as { idempotencyKey: string }[]).map((record) => record.idempotencyKey));
        };
      }),
  );
}

test('an offline contact request leaves by Background Sync after the page is closed, once', async ({
  oz,
  page,
  context,
  pro,
}) => {
  const team = pro.toulouse;
  const firstName = `Sam ${uniqueSuffix()}`;
  const contact = new ContactScreens(page);
  const posts: string[] = [];
  // Every POST that reaches the server, whoever sends it (the page or the service worker).
  context.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/contact-requests') {
      posts.push(request.headers()['idempotency-key'] ?? '');
    }
  });

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
  });
  await contact.send();
  await contact.expectQueued();
  await expect(
    page.getByText('Elle partira toute seule dès que la connexion reviendra, même si vous fermez Oz.'),
  ).toBeVisible();
  await expect.poll(() => pendingSyncTags(page)).toContain('oz-outbox');

  // Every Oz page is closed; then the network comes back. Only the service worker is left to send it.
  await page.close();
  expect(context.pages()).toHaveLength(0);
  await context.setOffline(false);

  await expect.poll(async () => (await pro.requestsOf(team, firstName)).length, { timeout: 60_000 }).toBe(1);

  // Opening Oz again: the request is known as sent (the worker saved the server's answer on the device).
  const again = await context.newPage();
  const screens = new ContactScreens(again);
  await again.goto('/');
  await screens.openMyRequest(firstName);
  await screens.expectStatus('Reçue');
  expect(await pro.requestsOf(team, firstName)).toHaveLength(1);
  // One POST went out, from the service worker, with the key generated when the request was written.
  expect(posts).toHaveLength(1);
  expect(posts[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(await storedIdempotencyKeys(again)).toEqual(posts);
});
