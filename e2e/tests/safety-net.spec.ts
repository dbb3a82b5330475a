// Issue 8 — the safety net follows the person: a diary-only heavy drinker (their Oz Ensemble history imported,
// no questionnaire ever taken) is told, on the diary home and on « Trouver de l'aide », that a specialist team
// can help and not to stop abruptly alone; the card can be put aside for 7 days and comes back after them.
// The help strip carries the 3114; the 48 h contact page says it is not for emergencies.
import { expect, test } from '../support/test.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { NOW } from '../support/pages/oz-app.js';

/**
 * An Oz Ensemble transfer file (docs/reference/oz-ensemble-formats.md §4.1): ten demis of beer (10 standard
 * drinks) every day of the four complete weeks before « now » (Monday 19 October – Sunday 15 November 2026).
 */
function heavyDrinkerTransferFile(): Buffer {
  const drinks = Array.from({ length: 28 }, (_, day) => ({
    id: `0d6c8f1a-1b2c-4d3e-8f4a-${String(day).padStart(12, '0')}`,
    drinkKey: 'beer-half',
    quantity: 10,
    // 17:00 UTC is 18:00 or 19:00 in Paris: the same calendar day on both sides of the DST change.
    timestamp: Date.UTC(2026, 9, 19 + day, 17, 0),
    isSyncedWithDB: true,
  }));
  return Buffer.from(JSON.stringify({ '@OnboardingDoneWithCGU': true, '@Drinks': drinks }));
}

const CARD_TITLE = 'Une équipe spécialisée peut vous accompagner';

test('a diary-only heavy drinker sees the recommendation and the caution where they are; hidden for 7 days', async ({
  oz,
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await oz.startWithDiary();
  await oz.data.open();
  await page.getByLabel('Choisir un fichier Oz Ensemble (JSON ou CSV)').setInputFiles({
    name: 'oz-ensemble-transfer.json',
    mimeType: 'application/json',
    buffer: heavyDrinkerTransferFile(),
  });
  await oz.data.confirmImport();
  await oz.expectToast(/^Import terminé : 28 consommations ajoutées\.$/);

  // The diary home: what is advised, the withdrawal caution, and the two ways to get help.
  await page.goto('/');
  await oz.diary.expectOpen();
  const card = page.getByRole('region', { name: CARD_TITLE });
  await expect(card).toContainText('Ne cherchez pas à arrêter d’un coup tout seul');
  await expect(card.getByRole('link', { name: 'Trouver de l’aide' })).toHaveAttribute(
    'href',
    '/aide?type=csapa',
  );
  await expect(card.getByRole('link', { name: 'Parler à un professionnel' })).toHaveAttribute(
    'href',
    '/parler-a-un-professionnel',
  );
  await card.getByText('Pourquoi cette carte ?').click();
  await expect(card).toContainText('Une consommation importante (6 verres ou plus) presque tous les jours.');
  await expectNoAxeViolations(page, 'Journal avec la carte de recommandation à 320 px');
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(sideways).toBeLessThanOrEqual(0);

  // « Trouver de l'aide »: the same card, above Alcool Info Service.
  await card.getByRole('link', { name: 'Trouver de l’aide' }).click();
  await oz.expectScreen('Trouver de l’aide');
  await expect(page.getByRole('region', { name: CARD_TITLE })).toContainText(
    'Ne cherchez pas à arrêter d’un coup tout seul',
  );
  await expectNoAxeViolations(page, 'Trouver de l’aide avec la carte de recommandation à 320 px');

  // Hidden for 7 days: gone from every screen, even after a reload.
  await page
    .getByRole('region', { name: CARD_TITLE })
    .getByRole('button', { name: 'Masquer pendant 7 jours' })
    .click();
  await oz.expectToast(/^Carte masquée pour 7 jours\./);
  await expect(page.getByRole('region', { name: CARD_TITLE })).toHaveCount(0);
  await page.goto('/');
  await oz.diary.expectOpen();
  await expect(page.getByRole('heading', { name: CARD_TITLE })).toHaveCount(0);

  // Eight days later the diary still shows daily heavy drinking: the card is back.
  await page.clock.setSystemTime(new Date(NOW.getTime() + 8 * 24 * 3_600_000));
  await page.reload();
  await oz.diary.expectOpen();
  await expect(page.getByRole('region', { name: CARD_TITLE })).toBeVisible();
});

test('the help strip carries the 3114; the 48 h contact page says it is not for emergencies', async ({
  oz,
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await oz.startWithDiary();
  const strip = page.getByRole('region', { name: 'Besoin de parler à quelqu’un ?' });
  await expect(strip).toContainText('appel anonyme et non surtaxé');
  await expect(strip.getByRole('link', { name: '3114' })).toHaveAttribute('href', 'tel:3114');
  await expect(strip.getByRole('link', { name: '15' })).toHaveAttribute('href', 'tel:15');

  await page.goto('/parler-a-un-professionnel');
  const notice = page.getByRole('region', { name: 'Ce n’est pas un service d’urgence' });
  await expect(notice).toContainText('pas tout de suite');
  await expect(notice.getByRole('link', { name: '15' })).toHaveAttribute('href', 'tel:15');
  await expect(notice.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
  await expect(notice.getByRole('link', { name: '3114' })).toHaveAttribute('href', 'tel:3114');
  await expectNoAxeViolations(page, 'Parler à un professionnel à 320 px');
});
