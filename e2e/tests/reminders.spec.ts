// Issue 11 — reminders by Web Push, end to end, with no internet: Chromium's own push service (Google's FCM) is
// unreachable here, so the page's PushManager hands out a subscription of a LOCAL push service over HTTPS
// (apps/server/src/test-support/push-service.ts: self-signed certificate made with node:crypto). The Oz server
// under test is the real one (its own process, trusting that certificate through NODE_EXTRA_CA_CERTS): it signs
// with its VAPID key and encrypts with web-push; the local service checks the signature and decrypts. The push it
// received is then handed to the app's service worker through the DevTools protocol (as Chromium does with what
// FCM delivers), and the notification shows the person's text.
// Not covered here: delivery through a real browser push service, the OS notification itself, and the timer
// (scheduled reminders, DST, two processes on PostgreSQL: apps/server/src/reminders/reminder-scheduler.test.ts).
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startLocalPushService } from '../../apps/server/src/test-support/push-service.js';
import type { LocalPushService, TestSubscription } from '../../apps/server/src/test-support/push-service.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { startOwnServer } from '../support/oz-server.js';
import { anySpace } from '../support/text.js';
import type { OwnServer } from '../support/oz-server.js';
import { waitForServiceWorkerControl } from '../support/service-worker.js';
import { expect, test } from '../support/test.js';

let push: LocalPushService;
let server: OwnServer;
let certDir: string;

test.beforeAll(async () => {
  push = await startLocalPushService();
  certDir = mkdtempSync(join(tmpdir(), 'oz-e2e-push-'));
  writeFileSync(join(certDir, 'push.pem'), push.certificate);
  server = await startOwnServer({
    NODE_EXTRA_CA_CERTS: join(certDir, 'push.pem'),
    OZ_PUSH_EXTRA_HOSTS: new URL(push.origin).host,
  });
});

test.afterAll(async () => {
  await server.stop();
  await push.close();
  rmSync(certDir, { recursive: true, force: true });
});

/** The browser's PushManager, answering with the local push service's subscription (see the top). */
async function useLocalPushService(page: Page, subscription: TestSubscription): Promise<void> {
  await page.addInitScript((given: TestSubscription) => {
    let current: PushSubscription | null = null;
    const make = (applicationServerKey: ArrayBuffer | null): PushSubscription =>
      ({
        endpoint: given.endpoint,
        expirationTime: null,
        options: { applicationServerKey, userVisibleOnly: true },
        getKey: () => null,
        toJSON: () => ({ endpoint: given.endpoint, expirationTime: null, keys: given.keys }),
        unsubscribe: () => {
          current = null;
          return Promise.resolve(true);
        },
      }) as unknown as PushSubscription;
    PushManager.prototype.subscribe = function subscribe(options?: PushSubscriptionOptionsInit) {
      const key = options?.applicationServerKey;
      const bytes = ArrayBuffer.isView(key)
        ? new Uint8Array(key.buffer, key.byteOffset, key.byteLength).slice().buffer
        : null;
      current = make(bytes);
      return Promise.resolve(current);
    };
    PushManager.prototype.getSubscription = () => Promise.resolve(current);
  }, subscription);
}

/** Hands a push to the app's service worker, as Chromium does with what its push service delivers. */
async function deliverToServiceWorker(page: Page, origin: string, data: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const registrationId = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((registration) => registration.scopeURL === `${origin}/`);
      if (ours !== undefined) resolve(ours.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId: await registrationId, data });
}

test('subscribe, receive one push on a local HTTPS push endpoint, see the chosen text, unsubscribe', async ({
  page,
  oz,
}) => {
  const subscription = push.subscribe();
  await page.context().grantPermissions(['notifications'], { origin: server.baseURL });
  await useLocalPushService(page, subscription);
  await page.goto(`${server.baseURL}/`);
  await oz.firstVisit.skipToDiary();
  await waitForServiceWorkerControl(page);

  await page.goto(`${server.baseURL}/reglages`);
  const card = page.getByRole('region', { name: 'Rappels' });
  await expect(card.getByLabel('Heure')).toHaveValue('20:00');
  for (const day of ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'])
    await expect(card.getByRole('checkbox', { name: day })).toBeChecked();
  await card.getByRole('checkbox', { name: 'samedi' }).uncheck();
  await card.getByLabel('Heure').fill('21:15');
  await card.getByRole('radio', { name: /^Comment s’est passée votre journée/ }).check();
  await expectNoAxeViolations(page, 'Réglages, rappels');
  await card.getByRole('button', { name: 'Activer les rappels' }).click();
  await expect(card.getByRole('status')).toHaveText('Rappels activés.');
  await expect(card).toContainText(anySpace(/Rappels activés\. Prochain rappel : \S+ 21:15\./));

  const stored = await page.evaluate(
    () =>
      new Promise<{ id: string; token: string }>((resolve, reject) => {
        const request = indexedDB.open('oz');
        request.onerror = () => reject(new Error('no database'));
        request.onsuccess = () => {
          const read = request.result.transaction('reminders').objectStore('reminders').get('current');
          read.onsuccess = () => resolve((read.result as { server: { id: string; token: string } }).server);
        };
      }),
  );

  await card.getByRole('button', { name: 'M’envoyer un rappel d’essai' }).click();
  await expect(card.getByRole('status')).toHaveText(/^Rappel d’essai envoyé/);
  const [received] = await push.waitFor(1);
  expect(push.rejected).toEqual([]);
  const publicKey = (await (await fetch(`${server.baseURL}/api/push/public-key`)).json()) as {
    publicKey: string;
  };
  // Signed with the server's VAPID key, encrypted for this subscription, and carrying no text at all.
  expect(received).toMatchObject({ payload: '{"kind":"test"}', vapidPublicKey: publicKey.publicKey });

  await deliverToServiceWorker(page, server.baseURL, received?.payload ?? '');
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return (await registration.getNotifications()).map((n) => `${n.title} | ${n.body}`);
      }),
    )
    .toEqual(['Oz | Comment s’est passée votre journée\u00a0? Oz est là si vous voulez la noter.']);

  await card.getByRole('button', { name: 'Arrêter les rappels' }).click();
  await expect(card.getByRole('status')).toHaveText('Rappels arrêtés. Le serveur a effacé votre abonnement.');
  await expect(card.getByRole('button', { name: 'Activer les rappels' })).toBeVisible();
  // The server deleted the row: its token no longer opens anything.
  const afterStop = await fetch(`${server.baseURL}/api/reminders/${stored.id}/test`, {
    method: 'POST',
    headers: { authorization: `Bearer ${stored.token}` },
  });
  expect(afterStop.status).toBe(404);
  expect(push.received).toHaveLength(1);
});
