// Goals: the person chooses a weekly maximum, a per-day maximum and drink-free weekdays.
import { expect, type Locator, type Page } from '@playwright/test';

export class GoalsScreen {
  constructor(private readonly page: Page) {}

  get form(): Locator {
    return this.page.getByRole('form', { name: /objectif/ });
  }

  async expectOpen(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Mes objectifs');
  }

  async setGoal(goal: { perWeek: string; perDay?: string; drinkFreeDays?: string[] }): Promise<void> {
    await this.form.getByLabel('Nombre maximum de verres standard par semaine').fill(goal.perWeek);
    if (goal.perDay !== undefined) {
      await this.form.getByLabel('Maximum de verres standard les jours où je bois').fill(goal.perDay);
    }
    for (const day of goal.drinkFreeDays ?? []) {
      await this.form
        .getByRole('group', { name: 'Mes jours sans alcool' })
        .getByRole('checkbox', { name: day })
        .check();
    }
    await this.form.getByRole('button', { name: 'Enregistrer mon objectif' }).click();
  }

  get current(): Locator {
    return this.page.getByRole('region', { name: 'Mon objectif' });
  }
}
