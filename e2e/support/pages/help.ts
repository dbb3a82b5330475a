// "Trouver de l’aide": the helpline first, a search by postal code or commune, results nearest first.
import { expect, type Locator, type Page } from '@playwright/test';

export class HelpScreen {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/aide');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Trouver de l’aide');
  }

  async search(place: string): Promise<void> {
    const form = this.page.getByRole('search');
    await form.getByRole('combobox', { name: 'Code postal ou commune' }).fill(place);
    await form.getByRole('button', { name: 'Chercher' }).click();
  }

  /** The results section, titled "Lieux près de <place>". */
  results(place: string | RegExp): Locator {
    return this.page.getByRole('region', {
      name: typeof place === 'string' ? `Lieux près de ${place}` : place,
    });
  }

  /** One card per place (article named by its heading), in the order shown. */
  places(results: Locator): Locator {
    return results.getByRole('article');
  }

  /** "à ~2,3 km" on each card, as numbers, in the order shown. */
  async distances(results: Locator): Promise<number[]> {
    const texts = await results.getByText(/^à ~[\d\s,]+\skm$/).allTextContents();
    return texts.map((text) => Number(text.replace(/[^\d,]/g, '').replace(',', '.')));
  }
}
