// The diary: home totals, adding a drink (catalogue, "Mes boissons", custom), editing and deleting a line,
// and the day page.
import { expect, type Locator, type Page } from '@playwright/test';
import { anySpace } from '../text.js';

export interface When {
  /** ISO date, e.g. "2026-11-16" (the date input's value format). */
  date?: string;
  /** "HH:MM". */
  time?: string;
}

export interface CustomDrink {
  name: string;
  volume: string;
  unit: 'cl' | 'ml';
  abv: string;
  price?: string;
}

export class DiaryScreen {
  constructor(private readonly page: Page) {}

  async expectOpen(): Promise<void> {
    await expect(this.page).toHaveURL(/\/$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Journal');
  }

  /** "Aujourd’hui" and "Cette semaine" totals (value with one decimal, e.g. "3,0"). */
  get todayTotal(): Locator {
    return this.page.getByTestId('today-total');
  }

  get weekTotal(): Locator {
    return this.page.getByTestId('week-total');
  }

  async expectTotals(totals: { today?: string; week?: string }): Promise<void> {
    if (totals.today !== undefined) await expect(this.todayTotal).toContainText(totals.today);
    if (totals.week !== undefined) await expect(this.weekTotal).toContainText(totals.week);
  }

  /** "Ma semaine": one link per day, named "<day> : <status>, <n> verre(s) standard". */
  weekDay(dayLabel: RegExp): Locator {
    return this.page
      .getByRole('region', { name: 'Ma semaine' })
      .getByRole('link', { name: anySpace(dayLabel) });
  }

  async openAddDrink(): Promise<void> {
    await this.page.getByRole('link', { name: 'Ajouter une consommation' }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Ajouter une consommation');
  }

  /**
   * Picks a drink by its visible label in a catalogue group ("Bières", "Vins", "Mes boissons",
   * "Vos boissons habituelles"…). Catalogue categories are folded: the group is opened first.
   */
  async pickDrink(group: string, drink: string | RegExp): Promise<void> {
    const section = this.page.getByRole('region', { name: group });
    await this.openCategory(section);
    await section.getByRole('button', { name: typeof drink === 'string' ? drink : anySpace(drink) }).click();
  }

  /** Unfolds a catalogue category (a <details>) if it is folded; other groups are left as they are. */
  async openCategory(section: Locator): Promise<void> {
    const folded = section.locator('details:not([open]) > summary');
    if ((await folded.count()) > 0) await folded.click();
  }

  /** The quick logging search field, and the drinks it finds. */
  async searchDrink(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Chercher une boisson' }).fill(text);
  }

  /** Second step: quantity stepper, day and time, then "Enregistrer". */
  async confirm(options: { quantity?: number; when?: When; title?: string | RegExp } = {}): Promise<void> {
    if (options.title !== undefined) {
      await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(options.title);
    }
    await this.setQuantity(options.quantity ?? 1);
    await this.setWhen(options.when ?? {});
    await this.page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    // Saved once the app leaves the form (it writes to IndexedDB first): a test that navigates away sooner
    // would abort the write, which no person tapping "Enregistrer" can do.
    await expect(this.page).not.toHaveURL(/\/journal\/ajouter/);
  }

  /** Presses + or − until the stepper shows the wanted whole quantity (it starts at 1 when adding). */
  async setQuantity(quantity: number): Promise<void> {
    const stepper = this.page.getByRole('group', { name: 'Quantité' });
    const shown = stepper.getByRole('status');
    for (;;) {
      const current = Number((await shown.textContent())?.replace(',', '.'));
      if (current === quantity) return;
      const button = current < quantity ? 'Augmenter la quantité' : 'Diminuer la quantité';
      await stepper.getByRole('button', { name: button }).click();
      await expect(shown).not.toHaveText(String(current).replace('.', ','));
    }
  }

  async setWhen(when: When): Promise<void> {
    if (when.date !== undefined) await this.page.getByLabel('Date', { exact: true }).fill(when.date);
    if (when.time !== undefined) await this.page.getByLabel('Heure', { exact: true }).fill(when.time);
  }

  async addCatalogueDrink(
    group: string,
    drink: string | RegExp,
    options: { quantity?: number; when?: When } = {},
  ) {
    await this.openAddDrink();
    await this.pickDrink(group, drink);
    await this.confirm(options);
  }

  async createCustomDrink(
    drink: CustomDrink,
    options: { quantity?: number; when?: When } = {},
  ): Promise<void> {
    await this.openAddDrink();
    await this.page.getByRole('button', { name: 'Créer une boisson' }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Créer une boisson');
    await this.page.getByLabel('Nom de la boisson').fill(drink.name);
    await this.page.getByLabel('Volume').fill(drink.volume);
    await this.page.getByLabel('Unité').selectOption(drink.unit);
    await this.page.getByLabel('Degré d’alcool (%)').fill(drink.abv);
    if (drink.price !== undefined) await this.page.getByLabel('Prix (€, facultatif)').fill(drink.price);
    await this.page.getByRole('button', { name: 'Enregistrer dans Mes boissons' }).click();
    await this.confirm({ ...options, title: drink.name });
  }

  /** A diary line, named "Modifier : <qty> × <drink>, <time>, <n> verre(s) standard". */
  entry(name: RegExp): Locator {
    return this.page.getByRole('link', { name: anySpace(name) });
  }

  async openDay(isoDate: string, title: string | RegExp): Promise<void> {
    await this.page.goto(`/journal/jour/${isoDate}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
}
