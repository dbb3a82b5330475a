// Issue 3 — former Oz Ensemble users keep their history: import of a transfer file (oz-ensemble-export.json)
// built from the documented layout (shared/reference/predecessor.md §4.1), and of the e-mailed CSV (§4.2);
// see e2e/fixtures/README.md.
import { fileURLToPath } from 'node:url';
import { expect, test } from '../support/test.js';
import { anySpace } from '../support/text.js';

const TRANSFER_FILE = fileURLToPath(new URL('../fixtures/oz-ensemble-export.json', import.meta.url));
const CSV_FILE = fileURLToPath(new URL('../fixtures/oz-ensemble-export.csv', import.meta.url));

test('an Oz Ensemble transfer file restores its diary: drinks, own drink, cocktail, drink-free day', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  await oz.data.open();
  await oz.data.chooseFile('oz-ensemble', TRANSFER_FILE);
  // 5 drink lines (two share one timestamp); "no-conso" is a drink-free day, not a drink.
  await oz.data.expectPreviewRow('Consommations', 5, 5);
  await oz.data.expectPreviewRow('Mes boissons', 1, 1);
  // Keys Oz has no use for are named, never silently dropped; the old anonymous id is never imported.
  await expect(oz.data.preview.getByText(anySpace(/Non repris dans Oz : .*@NPSDone/))).toBeVisible();
  await oz.data.confirmImport();
  await expect(
    page.getByRole('status').getByText('Import terminé : 5 consommations ajoutées.'),
  ).toBeVisible();

  await oz.diary.openDay('2026-10-05', 'lundi 5 octobre 2026');
  await expect(page.getByTestId('day-total')).toHaveText('Total : 3,0 verres standard');
  await expect(oz.diary.entry(/^Modifier : 2 × .*, 19:30, 2,0 verres? standard$/)).toBeVisible();
  await expect(oz.diary.entry(/^Modifier : 1 × .*, 19:30, 1,0 verres? standard$/)).toBeVisible();

  await oz.diary.openDay('2026-10-07', 'mercredi 7 octobre 2026');
  await expect(oz.diary.entry(/^Modifier : 1 × Cidre maison, 20:15, 1,3 verres? standard$/)).toBeVisible();
  await oz.diary.openDay('2026-10-09', 'vendredi 9 octobre 2026');
  await expect(oz.diary.entry(/^Modifier : 1 × Mojito.*, 21:00, 1,6 verres? standard$/)).toBeVisible();

  await oz.navigateTo('Calendrier');
  await oz.calendar.expectMonth(/novembre 2026/i);
  await oz.calendar.previousMonth();
  await oz.calendar.expectMonth(/octobre 2026/i);
  await oz.calendar.expectDay('lundi 5 octobre', 'au-dessus des repères', '3,0');
  await oz.calendar.expectDay('mardi 6 octobre', 'sans alcool', '0,0');
  await oz.calendar.expectDay('mercredi 7 octobre', 'dans les repères', '1,3');
  await oz.calendar.expectDay('vendredi 9 octobre', 'dans les repères', '1,6');
  await oz.calendar.expectDay('lundi 12 octobre', 'dans les repères', '2,0');

  // The own drink is reusable from "Mes boissons".
  await page.goto('/');
  await oz.diary.openAddDrink();
  await expect(
    page.getByRole('region', { name: 'Mes boissons' }).getByRole('button', { name: /^Cidre maison/ }),
  ).toBeVisible();

  // Importing the same file again adds nothing.
  await oz.data.open();
  await oz.data.chooseFile('oz-ensemble', TRANSFER_FILE);
  await oz.data.expectPreviewRow('Consommations', 5, 0);
  await expect(oz.data.preview.getByText('Tout ce fichier est déjà sur cet appareil.')).toBeVisible();
});

test('an Oz Ensemble e-mailed CSV restores its diary and names the line it could not read', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  await oz.data.open();
  await oz.data.chooseFile('oz-ensemble', CSV_FILE);
  await oz.data.expectPreviewRow('Consommations', 3, 3);
  await expect(oz.data.preview.getByText('1 ligne n’a pas pu être lue : elle est ignorée.')).toBeVisible();
  await oz.data.confirmImport();
  await expect(
    page.getByRole('status').getByText('Import terminé : 3 consommations ajoutées.'),
  ).toBeVisible();

  await oz.diary.openDay('2026-10-05', 'lundi 5 octobre 2026');
  await expect(page.getByTestId('day-total')).toHaveText('Total : 3,0 verres standard');
  await oz.diary.openDay('2026-10-07', 'mercredi 7 octobre 2026');
  await expect(page.getByTestId('day-total')).toHaveText('Total : 1,3 verre standard');
  await page.goto('/calendrier');
  await oz.calendar.previousMonth();
  await oz.calendar.expectMonth(/octobre 2026/i);
  await oz.calendar.expectDay('lundi 5 octobre', 'au-dessus des repères', '3,0');
  await oz.calendar.expectDay('mardi 6 octobre', 'sans alcool', '0,0');
  await oz.calendar.expectDay('mercredi 7 octobre', 'dans les repères', '1,3');
});
