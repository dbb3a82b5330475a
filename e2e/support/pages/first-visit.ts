// First visit: welcome (two doors, skippable) and the optional profile before the quick test.
import { expect, type Page } from '@playwright/test';

export type Sex = 'Une femme' | 'Un homme' | 'Je préfère ne pas le dire';

export class FirstVisit {
  constructor(private readonly page: Page) {}

  async expectWelcome(): Promise<void> {
    await expect(this.page).toHaveURL(/\/bienvenue$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
      'Faire le point sur l’alcool, à votre rythme',
    );
    await expect(this.page.getByText('Vos données restent sur cet appareil.')).toBeVisible();
  }

  async skipToDiary(): Promise<void> {
    await this.expectWelcome();
    await this.page.getByRole('button', { name: 'Passer et aller au journal' }).click();
  }

  /** The "Pour moi" door, then the optional profile, then on to the quick test. */
  async chooseForMe(profile: { sex?: Sex; age?: string } = {}): Promise<void> {
    await this.expectWelcome();
    await this.page.getByRole('link', { name: /^Pour moi/ }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Quelques précisions (facultatif)');
    if (profile.sex !== undefined) {
      // The choice is saved to IndexedDB first, then shown checked: click, then wait for the checked state.
      const radio = this.page.getByRole('radio', { name: profile.sex });
      await radio.click();
      await expect(radio).toBeChecked();
    }
    if (profile.age !== undefined) {
      await this.page.getByRole('combobox', { name: 'Votre âge' }).selectOption({ label: profile.age });
    }
    await this.page.getByRole('button', { name: 'Continuer vers le test' }).click();
  }

  async chooseForSomeoneClose(): Promise<void> {
    await this.expectWelcome();
    await this.page.getByRole('link', { name: /^Je m’inquiète pour un proche/ }).click();
  }
}
