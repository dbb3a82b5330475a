// Issue 3 — export → delete everything → import restores the same diary; a second import adds nothing
// (merge without duplicates). The CSV export lists the same drinks.
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { OzApp } from '../support/pages/oz-app.js';
import { startsWith } from '../support/text.js';
import { expect, test } from '../support/test.js';

const IPA = { name: 'IPA maison', volume: '33', unit: 'cl', abv: '6,5', price: '4,50' } as const;

/** Today (Wed 18 Nov): 2 half pints + an IPA; Monday 16 Nov: a glass of wine and a private note. */
async function fillDiary(oz: OzApp, page: Page): Promise<void> {
  await oz.startWithDiary();
  await oz.diary.addCatalogueDrink('Bières', startsWith('Demi de bière (25 cl, 5 %)'), {
    quantity: 2,
    when: { time: '09:30' },
  });
  await oz.diary.createCustomDrink(IPA, { when: { time: '09:45' } });
  await oz.diary.addCatalogueDrink('Vins', startsWith('Verre de vin (10 cl, 12,5 %)'), {
    when: { date: '2026-11-16', time: '20:00' },
  });
  await oz.diary.expectTotals({ today: '3,7', week: '4,7' });

  await oz.diary.openDay('2026-11-16', 'lundi 16 novembre 2026');
  await page.getByRole('radio', { name: 'Bien', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Entre amis' }).check();
  await page.getByLabel('Note privée').fill('Dîner chez Léa');
  await page.getByRole('button', { name: 'Enregistrer ma journée' }).click();
  await oz.expectToast('Journée enregistrée.');
}

async function expectDiaryAsFilled(oz: OzApp, page: Page): Promise<void> {
  await page.goto('/');
  await oz.diary.expectOpen();
  await oz.diary.expectTotals({ today: '3,7', week: '4,7' });
  await expect(
    oz.diary.entry(/^Modifier : 2 × Demi de bière .*, 09:30, 2,0 verres? standard$/),
  ).toBeVisible();
  await expect(oz.diary.entry(/^Modifier : 1 × IPA maison, 09:45, 1,7 verres? standard$/)).toBeVisible();
  await oz.diary.openDay('2026-11-16', 'lundi 16 novembre 2026');
  await expect(oz.diary.entry(/^Modifier : 1 × Verre de vin .*, 20:00, 1,0 verres? standard$/)).toBeVisible();
  await expect(page.getByLabel('Note privée')).toHaveValue('Dîner chez Léa');
  await expect(page.getByRole('radio', { name: 'Bien', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Entre amis' })).toBeChecked();
  await oz.diary.openAddDrink();
  await expect(
    page.getByRole('region', { name: 'Mes boissons' }).getByRole('button', { name: /^IPA maison/ }),
  ).toBeVisible();
}

test('export a backup, delete everything, import it: the same diary comes back, once', async ({
  oz,
  page,
}, testInfo) => {
  await fillDiary(oz, page);

  await oz.data.open();
  const download = await oz.data.export('Exporter une sauvegarde complète (JSON)');
  expect(download.suggestedFilename()).toBe('oz-sauvegarde-2026-11-18.json');
  const backupPath = testInfo.outputPath('oz-sauvegarde.json');
  await download.saveAs(backupPath);
  const backup = JSON.parse(await readFile(backupPath, 'utf8')) as { format?: unknown; version?: unknown };
  expect(backup.format).toBe('oz-backup');
  expect(typeof backup.version).toBe('number');

  await oz.data.deleteEverything();
  // Everything means everything: the next screen is a first visit again, with an empty diary.
  await oz.firstVisit.skipToDiary();
  await oz.diary.expectTotals({ today: '0,0', week: '0,0' });

  await oz.data.open();
  await oz.data.chooseFile('backup', backupPath);
  await oz.data.expectPreviewRow('Consommations', 3, 3);
  await oz.data.expectPreviewRow('Mes boissons', 1, 1);
  await oz.data.confirmImport();
  await expect(
    page.getByRole('status').getByText('Import terminé : 3 consommations ajoutées.'),
  ).toBeVisible();

  await expectDiaryAsFilled(oz, page);

  // The same file again: nothing new, nothing duplicated.
  await oz.data.open();
  await oz.data.chooseFile('backup', backupPath);
  await oz.data.expectPreviewRow('Consommations', 3, 0);
  await expect(oz.data.preview.getByText('Tout ce fichier est déjà sur cet appareil.')).toBeVisible();
  await expect(oz.data.preview.getByRole('button', { name: 'Importer' })).toBeDisabled();
  await page.goto('/');
  await oz.diary.expectTotals({ today: '3,7', week: '4,7' });
});

test('the diary exports as CSV, one line per drink', async ({ oz, page }, testInfo) => {
  await fillDiary(oz, page);
  await oz.data.open();
  const download = await oz.data.export('Exporter le journal (CSV)');
  expect(download.suggestedFilename()).toBe('oz-journal-2026-11-18.csv');
  const csvPath = testInfo.outputPath('oz-journal.csv');
  await download.saveAs(csvPath);
  const lines = (await readFile(csvPath, 'utf8')).trim().split(/\r?\n/);
  expect(lines).toHaveLength(4);
  expect(lines[0]).toMatch(/^date,time,drink,/);
  expect(lines.slice(1).join('\n')).toContain('IPA maison');
  expect(lines.slice(1).some((line) => line.startsWith('2026-11-16,20:00,'))).toBe(true);
});

test('an unreadable file is refused with a clear message and nothing is imported', async ({
  oz,
  page,
}, testInfo) => {
  await oz.startWithDiary();
  await oz.data.open();
  const notABackup = testInfo.outputPath('notes.json');
  await writeFile(notABackup, '{"hello": "world"}');
  await oz.data.chooseFile('backup', notABackup);
  await expect(page.getByRole('alert')).toHaveText('Ce fichier n’est pas une sauvegarde Oz.');
  await expect(oz.data.preview).toHaveCount(0);
});
