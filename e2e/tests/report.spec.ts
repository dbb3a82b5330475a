// Issue 11 — a report for the doctor, made on the device: the PDF (jsPDF + an embedded DejaVu Sans subset, loaded
// only when asked for) is downloaded and its text extracted with pdftotext; the printable page hides the app
// around the report; the FHIR R4 export validates against the official R4 JSON schema.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import type { Page } from '@playwright/test';
import type { OzApp } from '../support/pages/oz-app.js';
import { NOTE, writeReportDiary } from '../support/report-diary.js';
import { waitForServiceWorkerControl } from '../support/service-worker.js';
import { expect, test } from '../support/test.js';

/** The PDF's text as pdftotext gives it, whitespace collapsed (lines wrap where the layout decides). */
function pdfText(path: string): string {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return text.toString('utf8').replace(/\s+/g, ' ');
}

async function openReportWithDiary(oz: OzApp, page: Page, backupPath: string): Promise<void> {
  await oz.startWithDiary();
  await writeReportDiary(backupPath);
  await oz.data.open();
  await oz.data.chooseFile('backup', backupPath);
  await oz.data.confirmImport();
  await expect(page.getByRole('status').getByText(/^Import terminé/)).toBeVisible();
  await oz.navigateTo('Plus');
  await page.getByRole('link', { name: /^Rapport pour mon médecin/ }).click();
  await oz.expectScreen('Rapport pour mon médecin');
}

test('the report PDF is made on the device, with the diary’s weeks, the repères, goals, gains and notes', async ({
  oz,
  page,
  context,
}, testInfo) => {
  const pdfLibraryRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/(renderPdf|DejaVuSans)/.test(new URL(request.url()).pathname))
      pdfLibraryRequests.push(request.url());
  });
  await openReportWithDiary(oz, page, testInfo.outputPath('diary.json'));
  await waitForServiceWorkerControl(page);
  const sheet = page.getByRole('article', { name: 'Suivi de ma consommation d’alcool' });
  await expect(sheet).toContainText('Document établi par la personne, à partir de ses propres saisies');
  // The PDF library is not part of the app: nothing of it was fetched before the person asks for a PDF.
  expect(pdfLibraryRequests).toEqual([]);

  await page.getByRole('textbox', { name: 'Votre nom (facultatif)' }).fill('Camille Dupré');
  await page.getByRole('checkbox', { name: 'Ajouter mes notes du journal' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe('oz-rapport-2026-11-18.pdf');
  await expect(
    page.getByRole('status').getByText('Le PDF est prêt : oz-rapport-2026-11-18.pdf.'),
  ).toBeVisible();
  expect(pdfLibraryRequests.length).toBeGreaterThan(0);
  const pdfPath = testInfo.outputPath('rapport.pdf');
  await pdf.saveAs(pdfPath);

  const text = pdfText(pdfPath);
  for (const expected of [
    'Suivi de ma consommation d’alcool',
    'Document établi par la personne, à partir de ses propres saisies dans l’application Oz.',
    'Période : du 31 août 2026 au 18 novembre 2026 (12 semaines)',
    'Établi le 18 novembre 2026',
    'Nom : Camille Dupré',
    'AUDIT-C (test rapide, 3 questions)',
    '7 sur 12',
    'Consommation à risque',
    'Verres standard par semaine, 12 semaines',
    'au maximum 10 verres standard par semaine, au maximum 2 par jour',
    'Trait : repère de 10 verres standard par semaine. ▲ : au-dessus du repère.',
    '1 semaine sur 12 au-dessus de 10 verres standard.',
    '26 oct. 14,0 140 0 0 7/7',
    '2 nov. 9,0 90 3 4 7/7',
    'Objectif atteint 2 semaines sur 3.',
    'Argent économisé',
    NOTE,
    'Page 1 sur 2',
    'Page 2 sur 2',
  ]) {
    expect(text, `PDF text should contain « ${expected} »`).toContain(expected.replace(/\s+/g, ' '));
  }
  // The font trap: a standard PDF font would have written "d for ≤.
  expect(text).not.toContain('"d');

  // Made once online, the report can be made again offline: the worker kept the library and the font.
  await context.setOffline(true);
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
  expect((await again).suggestedFilename()).toBe('oz-rapport-2026-11-18.pdf');
  await context.setOffline(false);
});

test('printing shows the report alone, on paper-friendly pages', async ({ oz, page }, testInfo) => {
  await openReportWithDiary(oz, page, testInfo.outputPath('diary.json'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('article', { name: 'Suivi de ma consommation d’alcool' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Télécharger le PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Télécharger le PDF' })).toBeVisible();
});

test('the FHIR export validates against the FHIR R4 JSON schema', async ({ oz, page }, testInfo) => {
  await openReportWithDiary(oz, page, testInfo.outputPath('diary.json'));
  await page.getByRole('textbox', { name: 'Votre nom (facultatif)' }).fill('Camille Dupré');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter au format FHIR (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('oz-fhir-2026-11-18.json');
  const path = testInfo.outputPath('fhir.json');
  await file.saveAs(path);
  const bundle = JSON.parse(await readFile(path, 'utf8')) as {
    resourceType: string;
    type: string;
    entry: { resource: { resourceType: string; code?: { coding?: { code: string }[] }; name?: unknown } }[];
  };
  expect(new JSONSchemaValidator().validate(bundle, true)).toEqual([]);
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  const resources = bundle.entry.map((entry) => entry.resource);
  expect(resources.filter((resource) => resource.resourceType === 'Patient')).toEqual([
    { resourceType: 'Patient', name: [{ text: 'Camille Dupré' }] },
  ]);
  expect(resources.filter((resource) => resource.resourceType === 'QuestionnaireResponse')).toHaveLength(1);
  const codes = resources.flatMap((resource) => resource.code?.coding?.map((coding) => coding.code) ?? []);
  expect(codes).toContain('75626-2');
  expect(codes.filter((code) => code === 'pure-alcohol-per-week')).toHaveLength(3);
});
