// "Mes données": export (JSON backup, CSV diary), restore a backup, import from Oz Ensemble, delete everything.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { escapeRegExp } from '../text.js';

export type ImportKind = 'backup' | 'oz-ensemble';

const FILE_INPUT_LABEL: Record<ImportKind, string> = {
  backup: 'Choisir un fichier de sauvegarde Oz',
  'oz-ensemble': 'Choisir un fichier Oz Ensemble (JSON ou CSV)',
};

export class DataScreen {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/donnees');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Mes données');
  }

  /** Clicks an export button and returns the browser download (nothing leaves the device). */
  async export(
    button: 'Exporter une sauvegarde complète (JSON)' | 'Exporter le journal (CSV)',
  ): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    return download;
  }

  /** Chooses a file; the app validates it and shows a preview before writing anything. */
  async chooseFile(kind: ImportKind, path: string): Promise<void> {
    await this.page.getByLabel(FILE_INPUT_LABEL[kind]).setInputFiles(path);
  }

  get preview(): Locator {
    return this.page.getByRole('region', { name: 'Aperçu de l’import' });
  }

  /** One preview row: what, how many in the file, how many are new. */
  async expectPreviewRow(what: string, inFile: number, added: number): Promise<void> {
    const row = this.preview.getByRole('row', { name: new RegExp(`^${escapeRegExp(what)}`) });
    await expect(row.getByRole('cell')).toHaveText([String(inFile), String(added)]);
  }

  async confirmImport(): Promise<void> {
    await this.preview.getByRole('button', { name: 'Importer' }).click();
  }

  async deleteEverything(): Promise<void> {
    await this.page.getByRole('button', { name: 'Effacer toutes mes données' }).click();
    const dialog = this.page.getByRole('alertdialog', { name: 'Tout effacer de cet appareil ?' });
    await dialog.getByRole('button', { name: 'Oui, tout effacer' }).click();
  }
}
