// Issue 3 quality bar — axe-core reports 0 WCAG 2 A/AA violations on every main screen, and the app works at
// 320 px wide. Soft assertions: one run lists every screen that needs fixing, not only the first.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.js';
import { startsWith } from '../support/text.js';
import { expect, test } from '../support/test.js';

/** Screens reached by their address once the diary has an entry, with their document title. */
const SCREENS: readonly { path: string; title: string }[] = [
  { path: '/', title: 'Journal' },
  { path: '/journal/ajouter', title: 'Ajouter une consommation' },
  { path: '/journal/jour/2026-11-18', title: 'Journée' },
  { path: '/calendrier', title: 'Calendrier' },
  { path: '/graphiques', title: 'Graphiques' },
  { path: '/objectifs', title: 'Objectifs' },
  { path: '/gains', title: 'Mes gains' },
  { path: '/evaluer', title: 'Évaluer ma consommation' },
  { path: '/plus', title: 'Plus' },
  { path: '/reglages', title: 'Réglages' },
  { path: '/donnees', title: 'Mes données' },
  { path: '/rapport', title: 'Rapport pour mon médecin' },
  { path: '/confidentialite', title: 'Confidentialité' },
  { path: '/entourage', title: 'Un proche vous inquiète' },
  { path: '/profil', title: 'Quelques précisions' },
  { path: '/sources', title: 'Sources et crédits' },
  { path: '/aide', title: 'Trouver de l’aide' },
];

/** A screen is ready when its title is set, its heading shown and nothing is still loading. */
async function expectReady(page: Page, title: string): Promise<void> {
  await expect(page).toHaveTitle(`${title} · Oz`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Chargement…')).toHaveCount(0);
}

test('axe: no WCAG A/AA violation on the first visit, the quick test and its result', async ({
  oz,
  page,
}) => {
  await oz.start();
  await oz.firstVisit.expectWelcome();
  await expectNoAxeViolations(page, 'welcome', { soft: true });

  await oz.firstVisit.chooseForMe();
  await expectReady(page, 'Test rapide');
  await expectNoAxeViolations(page, 'quick test: intro', { soft: true });
  await oz.quickTest.begin();
  await expectNoAxeViolations(page, 'quick test: question 1', { soft: true });
  await oz.quickTest.answer({ number: 1, question: /boissons/, option: '2 à 4 fois par mois' });
  await oz.quickTest.answer({ number: 2, question: /journée ordinaire/, option: '1 ou 2' });
  await oz.quickTest.answer({ number: 3, question: /six verres/, option: 'Jamais' });
  await expectReady(page, 'Votre résultat');
  await expect(page.getByRole('heading', { level: 2, name: 'Risque faible' })).toBeVisible();
  await expectNoAxeViolations(page, 'result', { soft: true });
});

test('axe: no WCAG A/AA violation on the diary, its forms and every main screen', async ({ oz, page }) => {
  await oz.startWithDiary();
  await expectNoAxeViolations(page, 'diary (empty)', { soft: true });

  await oz.diary.openAddDrink();
  await oz.diary.pickDrink('Bières', startsWith('Demi de bière (25 cl, 5 %)'));
  await expectNoAxeViolations(page, 'add drink: confirm step', { soft: true });
  await oz.diary.confirm({ when: { time: '09:30' } });
  await oz.diary.expectOpen();

  await oz.diary.openAddDrink();
  await page.getByRole('button', { name: 'Créer une boisson' }).click();
  await oz.expectScreen('Créer une boisson');
  await expectNoAxeViolations(page, 'add drink: custom drink form', { soft: true });

  await page.goto('/');
  await oz.diary.entry(/^Modifier : 1 × Demi de bière/).click();
  await oz.expectScreen('Modifier une consommation');
  await expectNoAxeViolations(page, 'edit entry', { soft: true });

  for (const screen of SCREENS) {
    await page.goto(screen.path);
    await expectReady(page, screen.title);
    await expectNoAxeViolations(page, `${screen.title} (${screen.path})`, { soft: true });
  }
});

test('axe: no WCAG A/AA violation on the care finder with results and its map', async ({ oz, page }) => {
  // No tile server is reachable from the test machine: fail tile requests at once, as offline would.
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort('internetdisconnected'));
  await oz.startWithDiary();
  await oz.help.open();
  await oz.help.search('75011');
  const results = oz.help.results(/^Lieux près de 75011/);
  await expect(oz.help.places(results).first()).toBeVisible();
  await expectNoAxeViolations(page, 'care finder: results', { soft: true });
  await page.getByRole('button', { name: 'Afficher la carte' }).click();
  await expect(page.getByRole('button', { name: 'Masquer la carte' })).toBeVisible();
  await expect(oz.help.places(results).first()).toBeVisible();
  await expectNoAxeViolations(page, 'care finder: map shown', { soft: true });
});

test('at 320 px wide no main screen scrolls sideways', async ({ oz, page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await oz.startWithDiary();
  await oz.diary.addCatalogueDrink('Bières', startsWith('Demi de bière (25 cl, 5 %)'), {
    when: { time: '09:30' },
  });
  for (const screen of SCREENS) {
    await page.goto(screen.path);
    await expectReady(page, screen.title);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect
      .soft(overflow, `${screen.path} is ${String(overflow)} px wider than the 320 px screen`)
      .toBeLessThanOrEqual(0);
  }
});
