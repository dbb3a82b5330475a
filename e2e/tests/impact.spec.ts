// Issue 12, impact without tracking: the person's app sends anonymous daily counts (and nothing when the person
// or the browser says no); the programme managers' dashboard shows them with every count below 5 withheld.
import { readFile } from 'node:fs/promises';
import type { Page, Request } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.js';
import { baseURL } from '../support/env.js';
import { uniqueSuffix } from '../support/pro-api.js';
import { createUserWithCli } from '../support/pro-cli.js';
import { openWorkspace } from '../support/pro-workspace.js';
import { expect, test } from '../support/test.js';

const COUNTS = '/api/stats/counts';

function recordCounts(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === COUNTS) sent.push(request);
  });
  return sent;
}

test('the app sends one anonymous batch a day: counts, no identifier, no cookie', async ({ page, oz }) => {
  await page.clock.setFixedTime(new Date('2026-12-07T10:00:00+01:00'));
  const sent = recordCounts(page);
  const firstBatch = page.waitForRequest((request) => new URL(request.url()).pathname === COUNTS);
  await page.goto('/');
  await expect(page.getByText(/Oz compte quelques usages sans vous identifier/)).toBeVisible();
  const request = await firstBatch;
  expect(request.postDataJSON()).toEqual({
    days: [{ day: '2026-12-07', counts: { 'first-open': 1, 'active-week': 1, 'active-month': 1 } }],
  });
  expect(request.headers().cookie).toBeUndefined();
  expect((await request.response())?.status()).toBe(204);

  await oz.firstVisit.skipToDiary();
  await page.reload();
  await page.waitForLoadState('networkidle');
  expect(sent, 'a second batch the same day').toHaveLength(1);

  // A week later (a new ISO week, the same month): only this week's activity is counted.
  await page.clock.setFixedTime(new Date('2026-12-14T10:00:00+01:00'));
  const nextWeek = page.waitForRequest((next) => new URL(next.url()).pathname === COUNTS);
  await page.reload();
  expect((await nextWeek).postDataJSON()).toEqual({
    days: [{ day: '2026-12-14', counts: { 'active-week': 1 } }],
  });
});

test('nothing is sent once the person turns statistics off', async ({ page, oz }) => {
  await page.clock.setFixedTime(new Date('2026-12-07T10:00:00+01:00'));
  const sent = recordCounts(page);
  await page.goto('/');
  await oz.firstVisit.skipToDiary();
  await page.goto('/reglages');
  const counting = page.getByRole('checkbox', { name: 'Compter anonymement mon utilisation' });
  await expect(counting).toBeChecked();
  await counting.click();
  await expect(counting).not.toBeChecked();
  const before = sent.length;

  await page.clock.setFixedTime(new Date('2026-12-15T10:00:00+01:00'));
  await page.reload();
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(sent).toHaveLength(before);
  await page.goto('/confidentialite');
  await expect(page.getByRole('heading', { name: 'Statistiques anonymes' })).toBeVisible();
});

test('Global Privacy Control turns counting off: nothing is ever sent', async ({ page, oz }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });
  });
  const sent = recordCounts(page);
  await page.goto('/');
  await oz.firstVisit.skipToDiary();
  await page.goto('/reglages');
  await expect(page.getByText(/Votre navigateur demande à ne pas être mesuré/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Compter anonymement mon utilisation' })).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(sent).toHaveLength(0);
});

test('the dashboard shows the counts with small ones withheld, exports them, and passes axe', async ({
  browser,
  playwright,
}) => {
  const suffix = uniqueSuffix();
  const admin = { email: `impact-${suffix}@oz.test`, password: `phrase de passe impact ${suffix}` };
  await createUserWithCli({
    role: 'admin',
    email: admin.email,
    name: `Impact ${suffix}`,
    password: admin.password,
  });
  const requests = await playwright.request.newContext({ baseURL });
  const today = new Date().toISOString().slice(0, 10);
  const seeded = await requests.post(COUNTS, {
    data: { days: [{ day: today, counts: { 'came-from:media': 6, 'quick-test:dependence': 2 } }] },
  });
  expect(seeded.status()).toBe(204);
  await requests.dispose();

  const { workspace, close } = await openWorkspace(browser);
  const { page } = workspace;
  await workspace.openLogin();
  await workspace.signIn(admin);
  await page.getByRole('link', { name: 'Impact' }).click();
  await expect(workspace.title).toHaveText('Impact du programme');
  await expect(page.getByRole('heading', { name: 'Objectifs et résultats' })).toBeVisible();

  const cameFrom = page.getByRole('table', { name: 'Comment les personnes ont connu Oz' });
  await expect(cameFrom.getByRole('row', { name: /Presse, radio, télévision/ })).toContainText('6');
  const levels = page.getByRole('table', { name: 'Tests rapides par niveau' });
  await expect(levels.getByRole('row', { name: /Dépendance probable/ })).toContainText('< 5');
  await expectNoAxeViolations(page, 'impact dashboard');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en CSV' }).click();
  const csv = await readFile((await (await download).path()) ?? '', 'utf8');
  expect(csv).toContain('"Comment les personnes ont connu Oz — Presse, radio, télévision",,6');
  expect(csv).toContain('Tests rapides par niveau — Dépendance probable,,< 5');
  await close();
});
