// Issue 10 — support to cut down: « Envie de boire ? » from the diary home (breathing, a plan proposed back
// when a craving is noted), an article read offline, quick logging from the usual drinks, and the 12-week
// chart legible on a 320 px wide screen. Every new screen passes axe.
import { expectNoAxeViolations } from '../support/axe.js';
import { waitForServiceWorkerControl } from '../support/service-worker.js';
import { startsWith } from '../support/text.js';
import { expect, test } from '../support/test.js';

test('« Envie de boire ? » from the diary home: breathe, write a plan, note a craving with its plan', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  await page.getByRole('main').getByRole('link', { name: 'Envie de boire ?' }).click();
  await oz.expectScreen('Envie de boire ?');
  await expectNoAxeViolations(page, 'Envie de boire ?');

  // Something to do now: the breathing guide says what to do in words, and moves on by itself.
  await page.getByRole('button', { name: 'Commencer à respirer' }).click();
  const phase = page.getByTestId('breathing-phase');
  await expect(phase).toHaveText('Inspirez');
  await page.clock.runFor(4_000);
  await expect(phase).toHaveText('Soufflez');
  await page.getByRole('button', { name: 'J’ai fini' }).click();
  await expect(page.getByText(/L’envie a peut-être déjà baissé/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Appeler le 0.980.980.930/ })).toHaveAttribute(
    'href',
    'tel:+33980980930',
  );

  // A « si… alors… » plan for parties.
  await page.getByRole('link', { name: 'Écrire un plan' }).click();
  await oz.expectScreen('Mes plans « si… alors… »');
  await page.getByLabel('Pour quelle situation ?').selectOption({ label: 'En soirée, à une fête' });
  await page.getByLabel('… alors je…').fill('je bois un grand verre d’eau entre chaque verre');
  await page.getByRole('button', { name: 'Enregistrer le plan' }).click();
  await expect(
    page.getByText('Si je suis en soirée, alors je bois un grand verre d’eau entre chaque verre.'),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'Mes plans');

  // Noting the craving: the plan for the situation is proposed back.
  await page.getByRole('banner').getByRole('link', { name: 'Envie de boire ?' }).click();
  await page.getByRole('link', { name: 'Noter cette envie' }).first().click();
  await oz.expectScreen('Noter une envie');
  const strength = page.getByRole('group', { name: 'Quelle était la force de l’envie ?' });
  await strength.getByRole('radio', { name: '6', exact: true }).check();
  // The 0–10 scale is one radio group: arrow keys move along it.
  await page.keyboard.press('ArrowRight');
  await expect(strength.getByRole('radio', { name: '7', exact: true })).toBeChecked();
  await page.getByRole('radio', { name: 'En soirée, à une fête' }).check();
  await expect(page.getByTestId('plans-for-moment')).toContainText(
    'Si je suis en soirée, alors je bois un grand verre d’eau entre chaque verre.',
  );
  await page.getByRole('checkbox', { name: 'Suivre mon plan' }).check();
  await page.getByRole('radio', { name: 'Non, je n’ai pas bu' }).check();
  await expectNoAxeViolations(page, 'Noter une envie');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(/Vous avez laissé passer cette envie/)).toBeVisible();

  await page.getByRole('link', { name: 'Voir mes envies' }).click();
  await oz.expectScreen('Mes envies');
  await expect(
    page.locator('p', { hasText: '1 envie notée sur ces 12 semaines, dont 1 sans boire.' }),
  ).toBeVisible();
  await expect(page.getByText(/force 7 sur 10/)).toBeVisible();
  await expectNoAxeViolations(page, 'Mes envies');
});

test('motivations, articles and harm reduction: reachable from « Plus », accessible', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  await oz.navigateTo('Plus');
  await page.getByRole('link', { name: /^Mes motivations/ }).click();
  await oz.expectScreen('Mes motivations');
  await page.getByRole('checkbox', { name: 'Mieux dormir' }).check();
  await page
    .getByRole('group', { name: /important pour vous de changer/ })
    .getByRole('radio', { name: '8', exact: true })
    .check();
  await expectNoAxeViolations(page, 'Mes motivations');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await oz.expectToast('C’est enregistré.');

  await oz.navigateTo('Plus');
  await page.getByRole('link', { name: /^Articles/ }).click();
  await oz.expectScreen('Articles');
  await expectNoAxeViolations(page, 'Articles');
  await page.getByRole('link', { name: /^Limiter les risques lors d’une soirée/ }).click();
  await expect(page.getByRole('region', { name: 'Sources' }).getByRole('link').first()).toHaveAttribute(
    'href',
    /^https?:\/\//,
  );
  await expectNoAxeViolations(page, 'Article');

  await oz.navigateTo('Plus');
  await page.getByRole('link', { name: /^Limiter les risques lors d’une soirée/ }).click();
  await oz.expectScreen('Limiter les risques lors d’une soirée');
  await expectNoAxeViolations(page, 'Limiter les risques');
  await page.getByLabel('Date de la soirée').fill('2026-11-20');
  await page.getByRole('button', { name: 'Noter la soirée' }).click();
  await oz.expectToast(/Soirée notée le/);
  await oz.navigateTo('Journal');
  await expect(page.getByTestId('harm-reduction-notice')).toContainText(
    'Une soirée est prévue le vendredi 20 novembre',
  );
});

test('an article can be read offline', async ({ oz, page, context }) => {
  await oz.startWithDiary();
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.goto('/articles/withdrawal');
  await oz.expectScreen('Le sevrage : pourquoi ne pas arrêter seul');
  await expect(page.getByRole('region', { name: 'En bref' })).toContainText('parlez-en à un médecin');
  await page.getByRole('link', { name: /^Où trouver de l’aide/ }).click();
  await oz.expectScreen('Où trouver de l’aide');
  await context.setOffline(false);
});

test('quick logging: the usual drink comes first, two taps to log it again', async ({ oz, page }) => {
  await oz.startWithDiary();
  await oz.diary.addCatalogueDrink('Bières', startsWith('Pinte de bière (50 cl, 5 %)'), {
    when: { time: '09:00' },
  });
  await oz.diary.expectTotals({ today: '2,0' });

  await oz.diary.openAddDrink();
  const usual = page.getByRole('region', { name: 'Vos boissons habituelles' });
  await usual.getByRole('button', { name: startsWith('Pinte de bière (50 cl, 5 %)') }).click();
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await oz.diary.expectTotals({ today: '4,0' });

  await oz.diary.openAddDrink();
  await oz.diary.searchDrink('biere forte');
  await expect(page.getByText('2 boissons trouvées')).toBeVisible();
  await expectNoAxeViolations(page, 'Ajouter une consommation (recherche)');
});

test('on a 320 px wide screen: header buttons fit, the 12-week chart labels do not overlap', async ({
  oz,
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await oz.startWithDiary();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Envie de boire ?' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Aide' })).toBeVisible();

  await page.goto('/graphiques');
  const labels = page.locator('svg:has(#chart-weeks-title) text[data-axis-label]');
  await expect(labels).toHaveCount(4);
  const boxes = await labels.evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return {
        left: box.left,
        right: box.right,
        fontSize: parseFloat(getComputedStyle(node).fontSize),
        height: box.height,
      };
    }),
  );
  expect(boxes.length).toBeGreaterThan(1);
  boxes.slice(1).forEach((box, index) => {
    expect(box.left).toBeGreaterThan(boxes[index]?.right ?? Number.POSITIVE_INFINITY);
  });
  // Rendered text height: at least 11 px on screen, although the SVG is scaled down to fit.
  for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(11);
  await expectNoAxeViolations(page, 'Graphiques à 320 px');

  // Every new screen fits a 320 px wide screen without scrolling sideways.
  for (const path of [
    '/envie-de-boire',
    '/envie-de-boire/noter',
    '/envie-de-boire/historique',
    '/envie-de-boire/plans',
    '/motivations',
    '/articles',
    '/articles/getting-help',
    '/reduire-les-risques',
    '/journal/ajouter',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
  }
});

test('keyboard only and reduced motion: the header button, the breathing guide in words, a still circle', async ({
  oz,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await oz.startWithDiary();
  await page.reload();
  await oz.diary.expectOpen();
  const craving = page.getByRole('banner').getByRole('link', { name: 'Envie de boire ?' });
  for (let presses = 0; presses < 10; presses += 1) {
    await page.keyboard.press('Tab');
    if (await craving.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(craving).toBeFocused();
  await page.keyboard.press('Enter');
  await oz.expectScreen('Envie de boire ?');

  const start = page.getByRole('button', { name: 'Commencer à respirer' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('breathing-phase')).toHaveText('Inspirez');
  const circle = page.locator('.breathing-circle');
  await expect(circle).toHaveAttribute('data-phase', 'in');
  const motion = await circle.evaluate((element) => {
    const style = getComputedStyle(element);
    return { transform: style.transform, duration: style.transitionDuration };
  });
  expect(motion.transform).toBe('none');
  expect(motion.duration).toBe('0s');
  await expect(page.getByText(/Respiration 1 sur 6/)).toBeVisible();
});
