// Issues 3 and 9 — former Oz Ensemble users keep their history: import of a transfer file laid out exactly as
// Oz Ensemble wrote it (docs/reference/oz-ensemble-formats.md §4.1), with own cocktails, a deleted own drink,
// an unreadable line, day contexts, age band, typical week and quick test; and of the e-mailed CSV (§4.2).
// See e2e/fixtures/README.md for what each file holds.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.js';
import { anySpace } from '../support/text.js';

const TRANSFER_FILE = fileURLToPath(new URL('../fixtures/oz-ensemble-export.json', import.meta.url));
const CSV_FILE = fileURLToPath(new URL('../fixtures/oz-ensemble-export.csv', import.meta.url));

/** The weekly totals table of « Graphiques » (the text equivalent of the 12-week chart). */
async function expectWeekTotal(page: Page, week: string, total: string): Promise<void> {
  const table = page.getByRole('table', { name: /12 dernières semaines/ });
  await expect(
    table
      .getByRole('row', { name: new RegExp(`^${week} `) })
      .getByRole('cell')
      .first(),
  ).toHaveText(total);
}

test('an Oz Ensemble transfer file restores the diary with its cocktails, contexts, profile and typical week', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  await oz.data.open();
  await oz.data.chooseFile('oz-ensemble', TRANSFER_FILE);
  // 11 drink lines: 9 readable (own cocktails and the deleted own drink's line included), 2 not.
  await oz.data.expectPreviewRow('Consommations', 9, 9);
  await oz.data.expectPreviewRow('Mes boissons', 3, 3);
  await oz.data.expectPreviewRow('Journées (sans alcool, notes)', 4, 4);
  await oz.data.expectPreviewRow('Résultats de questionnaires', 1, 1);
  const preview = oz.data.preview;
  await expect(preview.getByText(anySpace(/Votre tranche d’âge : 25 à 64 ans\./))).toBeVisible();
  await expect(
    preview.getByText(anySpace(/Votre semaine type d’avant : 12,0 verres standard/)),
  ).toBeVisible();
  await expect(preview.getByText(anySpace(/Test rapide d’Oz Ensemble : 4 points sur 12/))).toBeVisible();
  // Each unreadable line is named: drink, day, why.
  await expect(preview.getByRole('heading', { name: '2 lignes n’ont pas pu être lues' })).toBeVisible();
  await expect(
    preview.getByText(anySpace(/^Vin chaud · 11 octobre 2026 · volume illisible \(« 1 grand verre »\)$/)),
  ).toBeVisible();
  await expect(
    preview.getByText(/^Cocktail maison · 14 octobre 2026 · boisson absente du fichier/),
  ).toBeVisible();
  // Keys Oz has no use for are named, never silently dropped; the old anonymous id is never imported.
  await expect(preview.getByText(anySpace(/Non repris dans Oz : .*@NPSDone/))).toBeVisible();
  // The person keeps « Vin chaud » with the file's doses.
  await preview
    .getByRole('checkbox', { name: anySpace(/^Garder comme boisson personnalisée \(1,2 verre/) })
    .check();
  await oz.data.confirmImport();
  await expect(
    page.getByRole('status').getByText(anySpace(/^Import terminé : 10 consommations ajoutées\.$/)),
  ).toBeVisible();

  // Own cocktails count their doses: 2 mojitos (« 5cl rhum 40% ») are 3.2 standard drinks.
  await oz.diary.openDay('2026-10-09', 'vendredi 9 octobre 2026');
  await expect(oz.diary.entry(/^Modifier : 2 × Cocktail Mojito, 21:00, 3,2 verres standard$/)).toBeVisible();
  // The day's context: mood, tags (Oz's own and Oz Ensemble's), private note.
  await expect(page.getByRole('radio', { name: 'Pas bien' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'En solitaire' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Oublier mes soucis' })).toBeChecked();
  await expect(page.getByLabel('Note privée')).toHaveValue('Journée difficile au travail.');

  await oz.diary.openDay('2026-10-13', 'mardi 13 octobre 2026');
  await expect(oz.diary.entry(/^Modifier : 1 × Bière de Noël, 20:30, 1,9 verre standard$/)).toBeVisible();

  // Weekly totals as Oz Ensemble showed them.
  await page.goto('/graphiques');
  await page.getByText('Voir les chiffres en tableau').last().click();
  await expectWeekTotal(page, 'Semaine du 5 octobre', '11,2');
  await expectWeekTotal(page, 'Semaine du 12 octobre', '5,9');

  // The own drinks are reusable from « Mes boissons »; the deleted one is not brought back.
  await page.goto('/');
  await oz.diary.openAddDrink();
  const myDrinks = page.getByRole('region', { name: 'Mes boissons' });
  await expect(myDrinks.getByRole('button', { name: /^Cocktail Mojito/ })).toBeVisible();
  await expect(myDrinks.getByRole('button', { name: /^Bière de Noël/ })).toHaveCount(0);

  // Importing the same file again adds nothing.
  await oz.data.open();
  await oz.data.chooseFile('oz-ensemble', TRANSFER_FILE);
  await oz.data.expectPreviewRow('Consommations', 9, 0);
  await expect(oz.data.preview.getByText('Tout ce fichier est déjà sur cet appareil.')).toBeVisible();
});

test('an Oz Ensemble e-mailed CSV restores its diary and names the lines it could not read', async ({
  oz,
  page,
}) => {
  await oz.startWithDiary();
  await oz.data.open();
  await oz.data.chooseFile('oz-ensemble', CSV_FILE);
  await oz.data.expectPreviewRow('Consommations', 4, 4);
  await expect(
    oz.data.preview.getByRole('heading', { name: '2 lignes n’ont pas pu être lues' }),
  ).toBeVisible();
  await expect(oz.data.preview.getByText(/^verre de vin · date illisible$/)).toBeVisible();
  await oz.data.confirmImport();
  await expect(
    page.getByRole('status').getByText(anySpace(/^Import terminé : 4 consommations ajoutées\.$/)),
  ).toBeVisible();

  await oz.diary.openDay('2026-10-05', 'lundi 5 octobre 2026');
  await expect(page.getByTestId('day-total')).toHaveText(anySpace(/^Total : 3,0 verres standard$/));
  await oz.diary.openDay('2026-10-09', 'vendredi 9 octobre 2026');
  await expect(page.getByTestId('day-total')).toHaveText(anySpace(/^Total : 3,2 verres standard$/));
  await page.goto('/calendrier');
  await oz.calendar.previousMonth();
  await oz.calendar.expectMonth(/octobre 2026/i);
  await oz.calendar.expectDay('lundi 5 octobre', 'au-dessus des repères', '3,0');
  await oz.calendar.expectDay('mardi 6 octobre', 'sans alcool', '0,0');
  await oz.calendar.expectDay('mercredi 7 octobre', 'dans les repères', '1,3');
  // « Vin chaud » was not kept: its day stays empty.
  await oz.calendar.expectDay('dimanche 11 octobre', 'rien de noté', '0,0');
});
