// Issue 3 quality bar — usable with the keyboard alone: a skip link first, a visible focus ring, and the most
// frequent action (log a drink) done with Tab, Enter and Space only.
import type { Locator, Page } from '@playwright/test';
import { startsWith } from '../support/text.js';
import { expect, test } from '../support/test.js';

/** Presses Tab until `target` has the focus (it must be reachable in the tab order). */
async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`not reachable with Tab in ${String(maxPresses)} presses: ${target.toString()}`);
}

async function expectVisibleFocus(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const ring = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
  });
  expect(ring.outline !== 'none' && ring.width > 0 ? true : ring.shadow !== 'none').toBe(true);
}

test('keyboard only: skip link, visible focus, log a drink with Tab, Enter and Space', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  // On a fresh load the skip link is the first stop (after a navigation the app focuses the new h1 instead).
  await page.reload();
  await oz.diary.expectOpen();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expectVisibleFocus(skip);

  const add = page.getByRole('link', { name: 'Ajouter une consommation' });
  await tabTo(page, add);
  await expectVisibleFocus(add);
  await page.keyboard.press('Enter');
  await oz.expectScreen('Ajouter une consommation');

  // The catalogue is folded by category: a category opens with the keyboard like any disclosure.
  const beers = page.getByRole('region', { name: 'Bières' });
  const beersSummary = beers.locator('summary');
  await tabTo(page, beersSummary);
  await expectVisibleFocus(beersSummary);
  await page.keyboard.press('Enter');
  const halfOfBeer = beers.getByRole('button', {
    name: startsWith('Demi de bière (25 cl, 5 %)'),
  });
  await tabTo(page, halfOfBeer);
  await page.keyboard.press('Enter');
  await oz.expectScreen('Demi de bière (25 cl, 5 %)');

  const more = page.getByRole('button', { name: 'Augmenter la quantité' });
  await tabTo(page, more);
  await expectVisibleFocus(more);
  await page.keyboard.press('Space');
  await expect(page.getByRole('group', { name: 'Quantité' }).getByRole('status')).toHaveText('2');
  await tabTo(page, page.getByRole('button', { name: 'Enregistrer', exact: true }));
  await page.keyboard.press('Enter');

  await oz.diary.expectOpen();
  await oz.diary.expectTotals({ today: '2,0', week: '2,0' });
});
